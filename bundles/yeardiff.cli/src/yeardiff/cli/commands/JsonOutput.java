package yeardiff.cli.commands;

import java.io.PrintWriter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine.Option;

/**
 * The {@code --json} option and the one way the CLI writes JSON: field names are the public
 * contract of ARCHITECTURE.md, nulls are written, nothing is HTML-escaped.
 */
public final class JsonOutput {

	@Option(names = "--json", description = "Print JSON (the documented contract) instead of text.")
	private boolean json;

	public boolean enabled() {
		return json;
	}

	public static void print(PrintWriter out, Object value) {
		out.println(Writer.GSON.toJson(value));
		out.flush();
	}

	/*
	 * Every command line builds this option, JSON or not: Gson is set up only when JSON is printed,
	 * so that a command printing text does not load it.
	 */
	private static final class Writer {
		static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
				.serializeSpecialFloatingPointValues().create();
	}
}
