package org.duizhao.corpus.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import org.duizhao.corpus.core.internal.AtomicFiles;
import org.duizhao.text.core.normalize.BoilerplateRules;
import org.duizhao.text.core.normalize.LookalikeTable;
import org.duizhao.text.core.normalize.Normalizer;
import org.duizhao.text.core.normalize.ScriptTarget;

/**
 * A project's own normalization tables, as plain text files the researcher can read and edit:
 * {@code normalization/boilerplate-rules.txt} (which lines are page furniture) and
 * {@code normalization/lookalikes.txt} (look-alike characters the built-in tables miss, one
 * {@code 苐=第} per line). Missing files mean the built-in defaults. The normalizer is rebuilt when
 * a file changes.
 */
public final class ProjectNormalization {

	/** The folder of the tables inside a project. */
	public static final String FOLDER = "normalization"; //$NON-NLS-1$
	/** The look-alike table's file name. */
	public static final String LOOKALIKES = "lookalikes.txt"; //$NON-NLS-1$
	/** The boilerplate rules' file name. */
	public static final String BOILERPLATE = "boilerplate-rules.txt"; //$NON-NLS-1$

	private static final String LOOKALIKES_HEADER = """
			# Look-alike characters of this project, folded before comparing.
			# One pair per line: the character as found = the character meant, e.g.
			#   苐=第
			# Text after # is a comment. The built-in tables already fold traditional and variant
			# forms and many radical-added look-alikes; add here what they miss.
			"""; //$NON-NLS-1$

	private final Path folder;
	private Normalizer cached;
	private ScriptTarget cachedTarget;
	private FileTime cachedLookalikes;
	private FileTime cachedRules;

	/** @param project the project, not {@code null} */
	public ProjectNormalization(Project project) {
		this.folder = Objects.requireNonNull(project, "project").folder().resolve(FOLDER); //$NON-NLS-1$
	}

	/** @return the look-alike table file (which may not exist yet) */
	public Path lookalikesFile() {
		return folder.resolve(LOOKALIKES);
	}

	/** @return the boilerplate rules file (which may not exist yet) */
	public Path boilerplateFile() {
		return folder.resolve(BOILERPLATE);
	}

	/** Writes the default tables where the project has none yet, so that they can be edited. */
	public void ensureFiles() throws IOException {
		Files.createDirectories(folder);
		if (!Files.exists(lookalikesFile())) {
			AtomicFiles.writeString(lookalikesFile(), LOOKALIKES_HEADER);
		}
		if (!Files.exists(boilerplateFile())) {
			AtomicFiles.writeString(boilerplateFile(), defaultBoilerplateRules());
		}
	}

	/**
	 * Checks and saves a new look-alike table; nothing is written when a line is malformed.
	 *
	 * @throws IllegalArgumentException naming the malformed line
	 */
	public void saveLookalikes(String text) throws IOException {
		LookalikeTable.parse(text);
		Files.createDirectories(folder);
		AtomicFiles.writeString(lookalikesFile(), text);
	}

	/**
	 * Checks and saves new boilerplate rules; nothing is written when a rule is malformed.
	 *
	 * @throws IllegalArgumentException naming the malformed rule
	 */
	public void saveBoilerplateRules(String text) throws IOException {
		BoilerplateRules.parse(new java.io.StringReader(text));
		Files.createDirectories(folder);
		AtomicFiles.writeString(boilerplateFile(), text);
	}

	/**
	 * @param target the script both sides are folded to
	 * @return a normalizer with this project's tables
	 * @throws IOException when a table cannot be read
	 * @throws IllegalArgumentException when a table has a malformed line (the message names it)
	 */
	public synchronized Normalizer normalizer(ScriptTarget target) throws IOException {
		FileTime lookalikes = modified(lookalikesFile());
		FileTime rules = modified(boilerplateFile());
		if (cached == null || target != cachedTarget || !Objects.equals(lookalikes, cachedLookalikes)
				|| !Objects.equals(rules, cachedRules)) {
			Normalizer.Builder builder = Normalizer.builder().target(target);
			if (lookalikes != null) {
				builder.lookalikes(LookalikeTable.load(lookalikesFile()));
			}
			if (rules != null) {
				builder.boilerplateRules(BoilerplateRules.load(boilerplateFile()));
			}
			cached = builder.build();
			cachedTarget = target;
			cachedLookalikes = lookalikes;
			cachedRules = rules;
		}
		return cached;
	}

	/** @return the text of the built-in boilerplate rules */
	public static String defaultBoilerplateRules() {
		try (InputStream in = BoilerplateRules.class.getResourceAsStream(BoilerplateRules.DEFAULT_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + BoilerplateRules.DEFAULT_RESOURCE); //$NON-NLS-1$
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static FileTime modified(Path file) throws IOException {
		return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
	}
}
