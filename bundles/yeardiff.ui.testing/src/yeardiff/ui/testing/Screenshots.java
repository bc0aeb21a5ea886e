package yeardiff.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a shell shows as a PNG under target/screenshots, for people to look at. The shell
 * prints itself: a copy of the screen area is black under Xvfb.
 */
public final class Screenshots {

	private Screenshots() {
	}

	public static Path save(Shell shell, String name) throws IOException {
		UiThread.settle();
		Point size = shell.getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			shell.print(gc);
		} finally {
			gc.dispose();
		}
		Path folder = Paths.get(System.getProperty("yeardiff.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png"); //$NON-NLS-1$
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
		return file;
	}
}
