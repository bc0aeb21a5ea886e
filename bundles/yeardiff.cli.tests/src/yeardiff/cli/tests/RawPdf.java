package yeardiff.cli.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PDF written object by object, for the malformed structures no PDF library writes: a page tree
 * that contains itself, objects in a compressed object stream that is itself a decompression bomb.
 * Objects are numbered from 1 in the order they are reserved; the file ends with a classic cross
 * reference table or, when some objects live in an object stream, with a cross-reference stream.
 */
final class RawPdf {

	private final List<byte[]> bodies = new ArrayList<>();
	/** Objects that live in an object stream: number → {stream's number, index in it}. */
	private final Map<Integer, int[]> compressed = new LinkedHashMap<>();

	/** Reserves the next object number; its body is given later by {@link #set}. */
	int reserve() {
		bodies.add(null);
		return bodies.size();
	}

	/** A new object with the body, e.g. {@code << /Type /Catalog /Pages 2 0 R >>}. */
	int add(String body) {
		int number = reserve();
		set(number, body);
		return number;
	}

	/** A new stream object: {@code dictionary} holds the entries without {@code /Length}. */
	int addStream(String dictionary, byte[] data) {
		int number = reserve();
		setStream(number, dictionary, data);
		return number;
	}

	void set(int number, String body) {
		bodies.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
	}

	void setStream(int number, String dictionary, byte[] data) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("<< " + dictionary + " /Length " + data.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		body.writeBytes(data);
		body.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		bodies.set(number - 1, body.toByteArray());
	}

	/** Marks object {@code number} as stored at {@code index} of the object stream {@code stream}. */
	void compress(int number, int stream, int index) {
		bodies.set(number - 1, new byte[0]);
		compressed.put(Integer.valueOf(number), new int[] { stream, index });
	}

	/** The file with a classic cross-reference table. */
	byte[] build(int root) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long[] offsets = writeObjects(out);
		long xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 ").append(bodies.size() + 1).append("\n0000000000 65535 f \n"); //$NON-NLS-1$ //$NON-NLS-2$
		for (long offset : offsets) {
			table.append(String.format("%010d 00000 n \n", Long.valueOf(offset))); //$NON-NLS-1$
		}
		table.append("trailer\n<< /Size ").append(bodies.size() + 1).append(" /Root ").append(root).append(" 0 R >>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table.append("startxref\n").append(xref).append("\n%%EOF\n"); //$NON-NLS-1$ //$NON-NLS-2$
		out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/** The file with a cross-reference stream (PDF 1.5), which can point into object streams. */
	byte[] buildWithXrefStream(int root) {
		int xrefNumber = reserve();
		set(xrefNumber, ""); //$NON-NLS-1$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long[] offsets = writeObjects(out);
		long xref = out.size();
		ByteArrayOutputStream entries = new ByteArrayOutputStream();
		entry(entries, 0, 0, 0xFFFF);
		for (int number = 1; number <= bodies.size(); number++) {
			int[] place = compressed.get(Integer.valueOf(number));
			if (place != null) {
				entry(entries, 2, place[0], place[1]);
			} else if (number == xrefNumber) {
				entry(entries, 1, xref, 0);
			} else {
				entry(entries, 1, offsets[number - 1], 0);
			}
		}
		byte[] data = entries.toByteArray();
		String dictionary = "<< /Type /XRef /Size " + (bodies.size() + 1) + " /W [1 4 2] /Root " + root + " 0 R /Length " + data.length //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " >>\nstream\n"; //$NON-NLS-1$
		out.writeBytes((xrefNumber + " 0 obj\n" + dictionary).getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		out.writeBytes(data);
		out.writeBytes(("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$ //$NON-NLS-2$
		return out.toByteArray();
	}

	private long[] writeObjects(ByteArrayOutputStream out) {
		out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		long[] offsets = new long[bodies.size()];
		for (int i = 0; i < bodies.size(); i++) {
			byte[] body = bodies.get(i);
			if (body == null) {
				throw new IllegalStateException("object " + (i + 1) + " was reserved and never set"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (body.length == 0) {
				continue;
			}
			offsets[i] = out.size();
			out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
			out.writeBytes(body);
			out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
		}
		return offsets;
	}

	private static void entry(ByteArrayOutputStream out, int type, long field2, int field3) {
		out.write(type);
		for (int shift = 24; shift >= 0; shift -= 8) {
			out.write((int) (field2 >> shift) & 0xFF);
		}
		out.write(field3 >> 8 & 0xFF);
		out.write(field3 & 0xFF);
	}
}
