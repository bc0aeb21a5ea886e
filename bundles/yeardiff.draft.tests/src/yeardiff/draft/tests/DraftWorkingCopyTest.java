package yeardiff.draft.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import yeardiff.draft.DraftBuilder;
import yeardiff.draft.DraftEditing;
import yeardiff.draft.DraftWorkingCopy;
import yeardiff.model.api.Report;
import yeardiff.model.api.Statement;
import yeardiff.model.resource.ReportResource;
import yeardiff.testing.Letters;

/**
 * The editor's unsaved work in a working-copy file: what is saved comes back, and a file left
 * half-written restores as nothing instead of failing the workbench's start.
 */
class DraftWorkingCopyTest {

	private static final String BUDGET = "Het Duitse defensiebudget bedroeg in 2021 €45 miljard (1,57% BBP).";
	private static final String EDITED = "Het Duitse defensiebudget bedroeg in 2022 €50,3 miljard (1,44% BBP).";

	@TempDir
	Path temp;

	private final Report draft = new DraftBuilder().start(Letters.report("2021"), 2022);

	@Test
	void restoresWhatWasSaved() throws Exception {
		new BasicCommandStack().execute(DraftEditing.setText(Letters.statement(draft, BUDGET), EDITED));
		Path file = temp.resolve("state/drafts/draft-2022.xmi");
		DraftWorkingCopy.save(file, draft);

		Report restored = DraftWorkingCopy.restore(file).orElseThrow();
		Statement budget = Letters.statement(restored, EDITED);
		assertEquals("draft-2022/duitsland/67f8a734", budget.getId());
		assertEquals("€50,3 miljard", budget.getFacts().get(1).getText());
		assertArrayEquals(ReportResource.toBytes(EcoreUtil.copy(draft)), ReportResource.toBytes(restored));
		try (var files = Files.list(file.getParent())) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void replacesTheLastSave() throws Exception {
		Path file = temp.resolve("draft-2022.xmi");
		DraftWorkingCopy.save(file, draft);
		new BasicCommandStack().execute(DraftEditing.setText(Letters.statement(draft, BUDGET), EDITED));
		DraftWorkingCopy.save(file, draft);
		assertEquals(EDITED, Letters.statement(DraftWorkingCopy.restore(file).orElseThrow(), EDITED).getText());
	}

	@Test
	void restoresAHalfWrittenFileAsNothing() throws Exception {
		Path file = temp.resolve("draft-2022.xmi");
		DraftWorkingCopy.save(file, draft);
		byte[] whole = Files.readAllBytes(file);
		Files.write(file, Arrays.copyOf(whole, whole.length / 2));
		assertEquals(Optional.empty(), DraftWorkingCopy.restore(file));
		Files.write(file, new byte[0]);
		assertEquals(Optional.empty(), DraftWorkingCopy.restore(file));
	}

	@Test
	void restoresNothingWhenThereIsNoWorkingCopy() throws Exception {
		assertEquals(Optional.empty(), DraftWorkingCopy.restore(temp.resolve("none.xmi")));
	}

	@Test
	void discardsTheWorkingCopyAndAnUnfinishedSave() throws Exception {
		Path file = temp.resolve("draft-2022.xmi");
		DraftWorkingCopy.save(file, draft);
		Path unfinished = temp.resolve("draft-2022.xmi.partial");
		Files.writeString(unfinished, "<?xml");
		DraftWorkingCopy.discard(file);
		assertFalse(Files.exists(file));
		assertFalse(Files.exists(unfinished));
		DraftWorkingCopy.discard(file);
	}

	@Test
	void leavesTheEditorsResourceAlone() throws Exception {
		Resource resource = new ReportResource(URI.createURI("memory:/draft-2022.xmi"));
		resource.getContents().add(draft);
		Path file = temp.resolve("draft-2022.xmi");
		DraftWorkingCopy.save(file, draft);
		assertSame(resource, draft.eResource());
		assertTrue(DraftWorkingCopy.restore(file).isPresent());
	}
}
