package org.duizhao.compare.ui.internal.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.duizhao.analysis.core.ParallelPassage;
import org.duizhao.analysis.core.Span;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.AnnotationQuery;
import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStores;
import org.duizhao.annotations.core.Code;
import org.duizhao.compare.ui.internal.editor.CompareEditor;
import org.duizhao.compare.ui.internal.editor.CompareMode;
import org.duizhao.compare.ui.internal.editor.DocumentRef;
import org.duizhao.compare.ui.internal.handlers.CompareHandler;
import org.duizhao.compare.ui.internal.model.Shade;
import org.duizhao.compare.ui.internal.model.Side;
import org.duizhao.compare.ui.internal.related.FormulaRow;
import org.duizhao.compare.ui.internal.related.RelatedMode;
import org.duizhao.compare.ui.internal.related.RelatedPanel;
import org.duizhao.compare.ui.internal.related.VocabularyRow;
import org.duizhao.compare.ui.internal.widgets.CompareColors;
import org.duizhao.corpus.core.Document;
import org.duizhao.testing.RandomHan;
import org.duizhao.testing.TestData;
import org.duizhao.testing.ui.Workbench;
import org.duizhao.text.core.TextRange;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.Parameterization;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

/**
 * The Related mode of the compare editor on real documents in a real workbench: the Fujian decision
 * and the Gansu article of the seeds (suggested by the information bar, then shared formulas,
 * parallel passages, the threshold, coding every occurrence of a formula), and a generated pair
 * with planted reworded paragraphs.
 */
class RelatedModeWorkbenchTest extends WithImportedProject {

	private static final String CODE_PASSAGES = "org.duizhao.annotations.ui.codePassages"; //$NON-NLS-1$
	/** The job family of the annotations UI's store calls ({@code StoreOperation.FAMILY}). */
	private static final String ANNOTATION_STORE_JOBS = "org.duizhao.annotations.ui.store"; //$NON-NLS-1$
	private static final String CODE_ID = "org.duizhao.annotations.ui.codeId"; //$NON-NLS-1$

	/** Imports {@code files} and returns their documents in the order given. */
	private List<DocumentRef> importFiles(List<Path> files) throws Exception {
		project = ImportedProject.create(temp.resolve("p"), "Related", files); //$NON-NLS-1$ //$NON-NLS-2$
		List<DocumentRef> refs = new ArrayList<>();
		for (Path f : files) {
			Document d = project.documents().stream()
					.filter(x -> x.current().sourceName().equals(f.getFileName().toString())).findFirst().orElseThrow();
			refs.add(ImportedProject.ref(project, d));
		}
		return refs;
	}

	private static CompareEditor openRelated(DocumentRef a, DocumentRef b, boolean viaSuggestion) throws Exception {
		CompareEditor editor = Workbench.sync(() -> CompareHandler.open(Workbench.page(), a, b));
		Workbench.waitUntil(() -> editor.widget().result() != null, 60);
		if (viaSuggestion) {
			Workbench.waitUntil(() -> editor.suggestion().isShown(), 10);
			Workbench.run(() -> editor.suggestion().pressShow());
		} else {
			Workbench.sync(() -> PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand(CompareEditor.SHOW_RELATED, null));
		}
		Workbench.waitUntil(() -> editor.related().result() != null && editor.widget().isRelated(), 120);
		return editor;
	}

	@Test
	void fujianAndGansuOpenInRelatedModeWithFormulasPassagesThresholdAndCoding() throws Exception {
		List<DocumentRef> refs = importFiles(List.of(TestData.seed("000"), TestData.seed("001"))); //$NON-NLS-1$ //$NON-NLS-2$
		AnnotationStore setup = AnnotationStores.open(project.folder());
		Code code = setup.createCode(null, "脱贫提法", null, null, null); //$NON-NLS-1$
		setup.close();

		CompareEditor editor = openRelated(refs.get(0), refs.get(1), true);
		RelatedMode related = editor.related();
		RelatedPanel panel = related.panel();
		Workbench.run(() -> {
			assertThat(editor.mode()).isEqualTo(CompareMode.RELATED);
			assertThat(editor.toolbar().modeItem(CompareMode.RELATED).getSelection()).isTrue();
			List<String> phrases = related.result().formulas(false).stream().map(f -> f.formula().text()).toList();
			assertThat(phrases).contains("两不愁三保障", "久久为功"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThat(phrases).as("generic phrases are hidden").doesNotContain("习近平总书记"); //$NON-NLS-1$
			assertThat(related.result().formulas(true).stream().map(f -> f.formula().text())).contains("习近平总书记"); //$NON-NLS-1$
			assertThat(panel.formulasViewer().getTable().getItemCount()).isEqualTo(phrases.size());
			assertThat(panel.passagesViewer().getTable().getItemCount()).isPositive();
		});

		// selecting a passage row selects both passages in the panes, at the passage's offsets
		Workbench.run(() -> {
			ParallelPassage p = (ParallelPassage) panel.passagesViewer().getElementAt(0);
			panel.selectPassage(p);
			TextRange a = related.utf16(Side.A, p.a());
			TextRange b = related.utf16(Side.B, p.b());
			assertThat(editor.widget().pane(Side.A).text().getSelection()).isEqualTo(new Point(a.start(), a.end()));
			assertThat(editor.widget().pane(Side.B).text().getSelection()).isEqualTo(new Point(b.start(), b.end()));
			assertThat(editor.widget().pane(Side.A).text().getStyleRangeAtOffset(a.start())).isNotNull();
		});

		// the threshold hides the passages (and links) that score below it
		Workbench.run(() -> {
			List<ParallelPassage> all = related.result().passages(0.5);
			panel.setThreshold(0.8);
			int shown = panel.passagesViewer().getTable().getItemCount();
			assertThat(shown).isEqualTo(related.result().passages(0.8).size()).isLessThan(all.size());
			for (int i = 0; i < shown; i++) {
				assertThat(((ParallelPassage) panel.passagesViewer().getElementAt(i)).score()).isGreaterThanOrEqualTo(0.8);
			}
			ParallelPassage low = all.stream().filter(p -> p.score() < 0.8).findFirst().orElseThrow();
			TextRange hidden = related.utf16(Side.B, low.b());
			boolean coveredByShown = related.result().passages(0.8).stream().anyMatch(p -> p.b().start() <= low.b().start()
					&& p.b().end() > low.b().start());
			if (!coveredByShown) {
				assertThat(editor.widget().pane(Side.B).text().getStyleRangeAtOffset(hidden.start())).isNull();
			}
		});

		// selecting a formula highlights it; coding codes every occurrence in both texts, as one undoable step
		FormulaRow formula = Workbench.sync(() -> related.result().formulas(false).stream()
				.filter(f -> f.formula().text().equals("两不愁三保障")).findFirst().orElseThrow()); //$NON-NLS-1$
		Workbench.run(() -> {
			panel.selectFormulas(List.of(formula));
			TextRange first = related.utf16(Side.B, formula.formula().inB().get(0));
			assertThat(editor.widget().pane(Side.B).text().getStyleRangeAtOffset(first.start()).background)
					.isEqualTo(CompareColors.background(Shade.FORMULA));
			// what the researcher sees there is the formula (maybe written with a list mark inside: 两不愁、三保障)
			assertThat(editor.widget().pane(Side.B).text().getText(first.start(), first.end() - 1)
					.replaceAll("[\u3001\s]", "")).isEqualTo("两不愁三保障"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		});
		Workbench.run(() -> {
			try {
				ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
				Command command = commands.getCommand(CODE_PASSAGES);
				ParameterizedCommand pc = new ParameterizedCommand(command,
						new Parameterization[] { new Parameterization(command.getParameter(CODE_ID), code.id()) });
				PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(pc, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		storeCallsDone();
		int expected = formula.formula().inA().size() + formula.formula().inB().size();
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			List<Annotation> coded = store.annotations(AnnotationQuery.all()).stream()
					.filter(x -> x.codeIds().contains(code.id())).toList();
			assertThat(coded).hasSize(expected);
			for (Span s : formula.formula().inA()) {
				assertThat(coded).anySatisfy(x -> {
					assertThat(x.documentId()).isEqualTo(refs.get(0).documentId());
					assertThat(x.start()).isEqualTo(s.start());
					assertThat(x.end()).isEqualTo(s.end());
				});
			}
			for (Span s : formula.formula().inB()) {
				assertThat(coded).anySatisfy(x -> {
					assertThat(x.documentId()).isEqualTo(refs.get(1).documentId());
					assertThat(x.start()).isEqualTo(s.start());
				});
			}
		}
		Workbench.run(() -> {
			try {
				PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
						.undo(PlatformUI.getWorkbench().getOperationSupport().getUndoContext(), null, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		storeCallsDone();
		try (AnnotationStore store = AnnotationStores.open(project.folder())) {
			assertThat(store.annotations(AnnotationQuery.all())).as("one undo takes all back").isEmpty();
		}

		// distinctive vocabulary: both sides, filtered, saved as CSV
		Path csv = temp.resolve("words.csv"); //$NON-NLS-1$
		Workbench.run(() -> {
			List<VocabularyRow> all = panel.visibleVocabulary();
			assertThat(all).isNotEmpty().anySatisfy(r -> assertThat(r.side()).isEqualTo(Side.A))
					.anySatisfy(r -> assertThat(r.side()).isEqualTo(Side.B));
			assertThat(all).isSortedAccordingTo((x, y) -> Double.compare(y.g2(), x.g2()));
			panel.filterVocabulary("", 2); //$NON-NLS-1$
			assertThat(panel.visibleVocabulary()).isNotEmpty().allSatisfy(r -> assertThat(r.countB() > 0).isTrue());
			try {
				panel.saveVocabulary(csv);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).isEqualTo("side,word,count_a,count_b,per_million_a,per_million_b,g2"); //$NON-NLS-1$
		assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("B,")); //$NON-NLS-1$

		// back to versions: the comparison's changes and highlights return
		Workbench.run(() -> {
			editor.setMode(CompareMode.VERSIONS);
			assertThat(editor.widget().isRelated()).isFalse();
			assertThat(editor.widget().changes().size()).isEqualTo(editor.widget().result().hunks().size());
		});
	}

	@Test
	void aGeneratedPairListsItsPlantedRewordedPassages() throws Exception {
		Random r = new Random(8);
		String[] paragraphs = { RandomHan.sentences(r, 90), RandomHan.sentences(r, 150), RandomHan.sentences(r, 60) };
		String[] inB = { paragraphs[0], RandomHan.reword(r, paragraphs[1]), RandomHan.reword(r, paragraphs[2]) };
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		for (int k = 0; k < 3; k++) {
			a.append(RandomHan.filler(r, 200 + r.nextInt(300))).append('\n').append(paragraphs[k]).append('\n');
		}
		a.append(RandomHan.filler(r, 300));
		for (int k = 2; k >= 0; k--) { // reversed order in B
			b.append(RandomHan.filler(r, 200 + r.nextInt(300))).append('\n').append(inB[k]).append('\n');
		}
		b.append(RandomHan.filler(r, 300));
		Path fa = temp.resolve("a-plan.txt"); //$NON-NLS-1$
		Path fb = temp.resolve("b-echo.txt"); //$NON-NLS-1$
		Files.writeString(fa, a, StandardCharsets.UTF_8);
		Files.writeString(fb, b, StandardCharsets.UTF_8);
		List<DocumentRef> refs = importFiles(List.of(fa, fb));
		CompareEditor editor = openRelated(refs.get(0), refs.get(1), false);
		Workbench.run(() -> {
			RelatedPanel panel = editor.related().panel();
			String ta = editor.widget().pane(Side.A).content();
			String tb = editor.widget().pane(Side.B).content();
			List<ParallelPassage> rows = new ArrayList<>();
			for (int i = 0; i < panel.passagesViewer().getTable().getItemCount(); i++) {
				rows.add((ParallelPassage) panel.passagesViewer().getElementAt(i));
			}
			for (int k = 0; k < 3; k++) {
				int sa = ta.indexOf(paragraphs[k]);
				int sb = tb.indexOf(inB[k]);
				assertThat(sa).isNotNegative();
				assertThat(sb).isNotNegative();
				int ea = sa + paragraphs[k].length();
				int eb = sb + inB[k].length();
				assertThat(rows).as("planted paragraph %d in %s", k, rows).anySatisfy(p -> {
					assertThat(covered(p.a(), sa, ea)).isGreaterThan(0.8);
					assertThat(covered(p.b(), sb, eb)).isGreaterThan(0.8);
				});
			}
			assertThat(rows).hasSizeLessThanOrEqualTo(3);
		});
	}

	/** @return how much of [start, end) the span covers (generated texts are BMP-only) */
	private static double covered(Span s, int start, int end) {
		int common = Math.min(s.end(), end) - Math.max(s.start(), start);
		return common <= 0 ? 0 : common / (double) (end - start);
	}

	/** Waits for the annotations UI's store calls (coding and undo run in its background jobs). */
	private static void storeCallsDone() throws Exception {
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(ANNOTATION_STORE_JOBS, null);
		Workbench.run(() -> {
			// after the UI thread's follow-ups
		});
	}
}
