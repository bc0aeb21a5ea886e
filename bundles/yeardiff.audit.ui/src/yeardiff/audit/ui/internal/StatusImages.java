package yeardiff.audit.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;

import yeardiff.model.api.CommitmentStatus;

/**
 * A coloured disc per commitment status, in the colours of the exported audit report, so that the
 * table and the report read alike; a verdict by an auditor gets a dark ring around the disc. Drawn
 * at whatever zoom the display asks for, and disposed with the control they were made for.
 */
public final class StatusImages {

	private static final int SIZE = 16;
	private static final RGB RING = new RGB(0x20, 0x20, 0x20);
	private static final Map<CommitmentStatus, RGB> COLOURS = new EnumMap<>(Map.of(
			CommitmentStatus.OPEN, new RGB(0x6f, 0x8f, 0xd8),
			CommitmentStatus.FULFILLED, new RGB(0x3a, 0xa6, 0x55),
			CommitmentStatus.CHANGED, new RGB(0xe8, 0xb3, 0x2e),
			CommitmentStatus.DELAYED, new RGB(0xe0, 0x7b, 0x39),
			CommitmentStatus.SILENT, new RGB(0xc8, 0x3c, 0x4a)));

	private final LocalResourceManager resources;

	public StatusImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** The disc for {@code status}, ringed when an auditor gave it. */
	public Image image(CommitmentStatus status, boolean byAuditor) {
		RGB colour = COLOURS.get(status);
		ImageDescriptor descriptor = ImageDescriptor.createFromImageDataProvider(zoom -> draw(colour, byAuditor, zoom));
		return resources.create(descriptor);
	}

	/** A disc with a soft edge, drawn pixel by pixel so that it needs no display and no GC. */
	private static ImageData draw(RGB colour, boolean byAuditor, int zoom) {
		int size = SIZE * zoom / 100;
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.alphaData = new byte[size * size];
		double centre = (size - 1) / 2.0;
		double radius = size * 3 / 8.0;
		double ring = byAuditor ? Math.max(1.0, size / 10.0) : 0;
		int fill = data.palette.getPixel(colour);
		int dark = data.palette.getPixel(RING);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double distance = Math.hypot(x - centre, y - centre);
				double coverage = Math.clamp(radius + 0.5 - distance, 0.0, 1.0);
				data.setPixel(x, y, distance > radius - ring ? dark : fill);
				data.setAlpha(x, y, (int) Math.round(coverage * 255));
			}
		}
		return data;
	}
}
