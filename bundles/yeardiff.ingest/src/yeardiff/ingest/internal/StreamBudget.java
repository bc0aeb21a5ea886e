package yeardiff.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Checks, before PDFBox reads a page, that no stream of the PDF expands beyond a limit when
 * decoded. PDFBox decodes a content stream, a font or a form whole into memory before parsing it,
 * so one small compressed stream of zeros (a few megabytes inflating to gigabytes) would exhaust
 * the heap; here each stream is decoded through a counter that stops at the limit and keeps
 * nothing. Only streams that could exceed the limit are decoded: a stream's encoded length times
 * the largest expansion its filters allow must pass it. Images are skipped, because the text
 * reader never decodes them.
 */
final class StreamBudget {

	/** What one encoded byte can expand to at most, per filter; unknown filters count as unbounded. */
	private static final Map<String, Long> EXPANSION = Map.of( //
			COSName.FLATE_DECODE.getName(), Long.valueOf(1100), // deflate's limit is 1032:1
			COSName.FLATE_DECODE_ABBREVIATION.getName(), Long.valueOf(1100),
			COSName.LZW_DECODE.getName(), Long.valueOf(3000), // a 12-bit code stands for at most 4096 bytes
			COSName.LZW_DECODE_ABBREVIATION.getName(), Long.valueOf(3000),
			COSName.RUN_LENGTH_DECODE.getName(), Long.valueOf(64), // two bytes give at most 128
			COSName.RUN_LENGTH_DECODE_ABBREVIATION.getName(), Long.valueOf(64),
			COSName.ASCII_HEX_DECODE.getName(), Long.valueOf(1),
			COSName.ASCII_HEX_DECODE_ABBREVIATION.getName(), Long.valueOf(1),
			COSName.ASCII85_DECODE.getName(), Long.valueOf(2),
			COSName.ASCII85_DECODE_ABBREVIATION.getName(), Long.valueOf(2));

	private final long limit;

	/** @param limit the most bytes any one stream may decode to */
	StreamBudget(long limit) {
		this.limit = limit;
	}

	/**
	 * The first stream of {@code document} that decodes to more than the limit, or {@code null}.
	 * A stream that cannot be decoded at all is not this check's business: PDFBox reports it where
	 * it reads it.
	 */
	COSObjectKey firstOverLimit(COSDocument document) {
		for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
			ImportGuard.current().check();
			COSObject object = document.getObjectFromPool(key);
			COSBase base = object == null ? null : object.getObject();
			if (base instanceof COSStream stream && !isImage(stream) && overLimit(stream)) {
				return key;
			}
		}
		return null;
	}

	private static boolean isImage(COSStream stream) {
		return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
	}

	private boolean overLimit(COSStream stream) {
		List<COSName> filters = filters(stream);
		if (filters.isEmpty()) {
			return false;
		}
		long bound = stream.getLength();
		for (COSName filter : filters) {
			Long expansion = EXPANSION.get(filter.getName());
			if (expansion == null || bound > limit) {
				bound = Long.MAX_VALUE;
				break;
			}
			bound = Math.multiplyHigh(bound, expansion.longValue()) != 0 ? Long.MAX_VALUE : bound * expansion.longValue();
		}
		if (bound <= limit) {
			return false;
		}
		try {
			return decodedLength(stream, filters) > limit;
		} catch (IOException e) {
			return false;
		}
	}

	/** Decodes the stream filter by filter, each stage kept only up to the limit; more than the limit ends it. */
	private long decodedLength(COSStream stream, List<COSName> filters) throws IOException {
		byte[] stage;
		try (InputStream raw = stream.createRawInputStream()) {
			stage = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(stream.getLength(), limit) + 1));
		}
		for (int i = 0; i < filters.size(); i++) {
			Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
			boolean last = i == filters.size() - 1;
			BoundedOutput output = new BoundedOutput(limit, !last);
			try {
				filter.decode(new ByteArrayInputStream(stage), output, stream, i);
			} catch (LimitReached e) {
				return limit + 1;
			}
			if (last) {
				return output.count;
			}
			stage = output.bytes.toByteArray();
		}
		return stage.length;
	}

	private static List<COSName> filters(COSStream stream) {
		COSBase filters = stream.getFilters();
		List<COSName> names = new ArrayList<>();
		if (filters instanceof COSName name) {
			names.add(name);
		} else if (filters instanceof COSArray array) {
			for (COSBase element : array) {
				if (element instanceof COSName name) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** Counts what a filter writes, keeps it only when a later filter needs it, and stops past the limit. */
	private static final class BoundedOutput extends OutputStream {

		private static final int CHECK_EVERY = 1 << 20;

		final ByteArrayOutputStream bytes;
		final long limit;
		long count;
		private long nextCheck = CHECK_EVERY;

		BoundedOutput(long limit, boolean keep) {
			this.limit = limit;
			this.bytes = keep ? new ByteArrayOutputStream() : null;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] buffer, int offset, int length) throws IOException {
			count += length;
			if (count > limit) {
				throw new LimitReached();
			}
			if (count > nextCheck) {
				nextCheck += CHECK_EVERY;
				ImportGuard.current().check();
			}
			if (bytes != null) {
				bytes.write(buffer, offset, length);
			}
		}
	}

	/** Ends a decoding at the limit; an IOException, because filters declare no other. */
	private static final class LimitReached extends IOException {

		private static final long serialVersionUID = 1L;
	}
}
