package yeardiff.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG under target/screenshots, for people to look at. */
final class Screenshots {

	private Screenshots() {
	}

	static Path save(Shell shell, String name) throws java.io.IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// Let the shell paint before it is captured.
		}
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(image);
		try {
			// print() paints the widgets themselves: copyArea of the display is black under Xvfb.
			shell.print(gc);
		} finally {
			gc.dispose();
		}
		Path folder = Paths.get(System.getProperty("yeardiff.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png"); //$NON-NLS-1$
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
