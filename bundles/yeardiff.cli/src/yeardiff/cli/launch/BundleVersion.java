package yeardiff.cli.launch;

/**
 * An OSGi version ({@code major.minor.micro.qualifier}) and the version ranges of manifest
 * headers, as far as choosing between two copies of a library needs them.
 */
record BundleVersion(int major, int minor, int micro, String qualifier) implements Comparable<BundleVersion> {

	static final BundleVersion ZERO = new BundleVersion(0, 0, 0, ""); //$NON-NLS-1$

	static BundleVersion parse(String text) {
		if (text == null || text.isBlank()) {
			return ZERO;
		}
		String[] parts = text.strip().split("\\.", 4); //$NON-NLS-1$
		return new BundleVersion(number(parts, 0), number(parts, 1), number(parts, 2), parts.length > 3 ? parts[3] : ""); //$NON-NLS-1$
	}

	private static int number(String[] parts, int index) {
		return index < parts.length ? Integer.parseInt(parts[index]) : 0;
	}

	/**
	 * Whether this version lies in {@code range}: {@code [a,b)}, {@code (a,b]} and the like, or a
	 * bare version meaning "at least". An absent range admits every version.
	 */
	boolean in(String range) {
		if (range == null || range.isBlank()) {
			return true;
		}
		String text = range.strip();
		char first = text.charAt(0);
		if (first != '[' && first != '(') {
			return compareTo(parse(text)) >= 0;
		}
		char last = text.charAt(text.length() - 1);
		String[] ends = text.substring(1, text.length() - 1).split(","); //$NON-NLS-1$
		int low = compareTo(parse(ends[0]));
		int high = compareTo(parse(ends[1]));
		return (first == '[' ? low >= 0 : low > 0) && (last == ']' ? high <= 0 : high < 0);
	}

	@Override
	public int compareTo(BundleVersion other) {
		int result = Integer.compare(major, other.major);
		if (result == 0) {
			result = Integer.compare(minor, other.minor);
		}
		if (result == 0) {
			result = Integer.compare(micro, other.micro);
		}
		return result != 0 ? result : qualifier.compareTo(other.qualifier);
	}

	@Override
	public String toString() {
		return major + "." + minor + "." + micro + (qualifier.isEmpty() ? "" : "." + qualifier); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
