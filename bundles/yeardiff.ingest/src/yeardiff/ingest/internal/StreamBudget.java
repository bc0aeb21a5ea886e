package yeardiff.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
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
 * the largest expansion its filters allow must pass it.
 *
 * <p>Images are the one kind of stream that may legitimately decode past the limit (a scan), and
 * the text reader never decodes them: an image in a codec of its own (JPEG, JPEG 2000, JBIG2, fax)
 * is skipped, and one in a general filter may decode to what its width, height and depth declare,
 * not more. A stream only calls itself an image, though: one that a page draws as its contents, a
 * Type 3 glyph or a font program is decoded as such whatever it says, and so is an object stream:
 * they never get an image's allowance.</p>
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

	/** Filters that only images use, each a codec whose output its own header bounds. */
	private static final Set<String> IMAGE_CODECS = Set.of(COSName.DCT_DECODE.getName(), COSName.DCT_DECODE_ABBREVIATION.getName(),
			COSName.JPX_DECODE.getName(), COSName.JBIG2_DECODE.getName(), COSName.CCITTFAX_DECODE.getName(),
			COSName.CCITTFAX_DECODE_ABBREVIATION.getName());

	/** How deep dictionaries written inside one another are looked into; PDFBox's parser stops nesting sooner. */
	private static final int MAX_NESTING = 64;
	/** The most colour components a PDF colour space has (DeviceN's limit). */
	private static final long MAX_COMPONENTS = 32;
	/** The most any image may decode to, whatever it declares: a 600 dpi A4 scan in CMYK takes 140 MB. */
	private static final long MAX_IMAGE = 1L << 30;

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
		List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
		Set<COSBase> decodedWhole = Collections.newSetFromMap(new IdentityHashMap<>());
		for (COSObjectKey key : keys) {
			ImportGuard.current().check();
			collectDecodedWhole(dereference(document, key), decodedWhole, 0);
		}
		for (COSObjectKey key : keys) {
			ImportGuard.current().check();
			if (dereference(document, key) instanceof COSStream stream) {
				boolean image = !decodedWhole.contains(stream) && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
						&& (stream.getCOSName(COSName.TYPE) == null || COSName.XOBJECT.equals(stream.getCOSName(COSName.TYPE)));
				if (image && filters(stream).stream().anyMatch(filter -> IMAGE_CODECS.contains(filter.getName()))) {
					continue;
				}
				if (overLimit(stream, image ? Math.max(limit, declaredImageSize(stream)) : limit)) {
					return key;
				}
			}
		}
		return null;
	}

	/**
	 * Adds to {@code streams} the streams that {@code object}, or a dictionary written inside it,
	 * has PDFBox decode whole as something other than an image, whatever they call themselves: a
	 * page's contents, a Type 3 font's glyph procedures, a font program.
	 */
	private static void collectDecodedWhole(COSBase object, Set<COSBase> streams, int depth) {
		if (depth > MAX_NESTING) {
			return;
		}
		if (object instanceof COSArray array) {
			for (COSBase element : array) {
				if (!(element instanceof COSObject)) {
					collectDecodedWhole(element, streams, depth + 1);
				}
			}
		} else if (object instanceof COSDictionary dictionary) {
			if (COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
				COSBase contents = dictionary.getDictionaryObject(COSName.CONTENTS);
				if (contents instanceof COSArray array) {
					for (int i = 0; i < array.size(); i++) {
						streams.add(array.getObject(i));
					}
				} else if (contents != null) {
					streams.add(contents);
				}
			}
			if (dictionary.getDictionaryObject(COSName.CHAR_PROCS) instanceof COSDictionary procedures) {
				procedures.getValues().forEach(procedure -> streams.add(procedure instanceof COSObject reference ? reference.getObject() : procedure));
			}
			for (COSName program : List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3)) {
				COSBase file = dictionary.getDictionaryObject(program);
				if (file != null) {
					streams.add(file);
				}
			}
			for (COSBase value : dictionary.getValues()) {
				if (!(value instanceof COSObject)) {
					collectDecodedWhole(value, streams, depth + 1);
				}
			}
		}
	}

	private static COSBase dereference(COSDocument document, COSObjectKey key) {
		COSObject object = document.getObjectFromPool(key);
		return object == null ? null : object.getObject();
	}

	/**
	 * The most bytes an image's pixels can take by its dictionary: rows of its width times its
	 * depth for as many colour components as a PDF allows (32), plus a predictor's byte per row; at
	 * most {@link #MAX_IMAGE}.
	 */
	private static long declaredImageSize(COSStream image) {
		long width = Math.max(0, image.getInt(COSName.WIDTH, image.getInt(COSName.W, 0)));
		long height = Math.max(0, image.getInt(COSName.HEIGHT, image.getInt(COSName.H, 0)));
		long depth = Math.max(1, image.getInt(COSName.BITS_PER_COMPONENT, image.getInt(COSName.BPC, 8)));
		long row = (Math.min(width, Integer.MAX_VALUE) * Math.min(depth, 32) * MAX_COMPONENTS + 7) / 8 + 1;
		return Math.multiplyHigh(row, height) != 0 || row * height < 0 ? MAX_IMAGE : Math.min(MAX_IMAGE, row * height);
	}

	private boolean overLimit(COSStream stream, long limit) {
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
			return decodedLength(stream, filters, limit) > limit;
		} catch (IOException e) {
			return false;
		}
	}

	/** Decodes the stream filter by filter, each stage kept only up to the limit; more than the limit ends it. */
	private static long decodedLength(COSStream stream, List<COSName> filters, long limit) throws IOException {
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
