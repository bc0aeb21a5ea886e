package yeardiff.draft.internal;

import java.io.IOException;

import org.eclipse.emf.ecore.util.EcoreUtil;

import yeardiff.model.api.Report;
import yeardiff.model.resource.ReportResource;

/**
 * The deterministic XMI of a draft. Saving moves a root into a resource of its own; a draft that
 * the workbench's editor holds in its resource is therefore saved from a copy, which gives the same
 * bytes because ids come from the model's ID attributes.
 */
public final class ReportBytes {

	private ReportBytes() {
	}

	public static byte[] of(Report report) throws IOException {
		return ReportResource.toBytes(report.eResource() == null && report.eContainer() == null ? report : EcoreUtil.copy(report));
	}
}
