package org.duizhao.report.core.internal.docx;

import java.math.BigInteger;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.duizhao.annotations.core.Annotation;
import org.duizhao.annotations.core.Code;
import org.duizhao.report.core.Passage;
import org.duizhao.report.core.internal.SafeText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Passage memos as real Word comments: the comment (author = coder, date = when the passage was
 * coded, text = the codes and the memo) and its anchor, a comment range around the passage's runs
 * closed by a comment reference, so Word shows the memo in the margin next to the passage.
 */
final class Comments {

	private final XWPFComments part;
	private int next;

	Comments(XWPFDocument doc) {
		part = doc.createComments();
	}

	/** Creates the comment of {@code p} and @return its id, for {@link #start} and {@link #end}. */
	BigInteger create(Passage p) {
		Annotation a = p.annotation();
		BigInteger id = BigInteger.valueOf(next++);
		XWPFComment c = part.createComment(id);
		String coder = SafeText.clean(a.coder());
		c.setAuthor(coder);
		c.setInitials(coder.isEmpty() ? "?" : coder.substring(0, coder.offsetByCodePoints(0, 1))); //$NON-NLS-1$
		Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC")); //$NON-NLS-1$
		when.setTimeInMillis(a.created().toEpochMilli());
		c.setDate(when);
		if (!p.codes().isEmpty()) {
			Docx.run(c.createParagraph(), codeNames(p.codes())).setBold(true);
		}
		Docx.run(c.createParagraph(), a.memo());
		return id;
	}

	private static String codeNames(List<Code> codes) {
		return "[" + String.join(", ", codes.stream().map(Code::name).toList()) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Opens the range of comment {@code id} at the current end of {@code p}. */
	static void start(XWPFParagraph p, BigInteger id) {
		p.getCTP().addNewCommentRangeStart().setId(id);
	}

	/** Closes the range of comment {@code id} at the current end of {@code p} and adds its reference. */
	static void end(XWPFParagraph p, BigInteger id) {
		CTP ctp = p.getCTP();
		ctp.addNewCommentRangeEnd().setId(id);
		ctp.addNewR().addNewCommentReference().setId(id);
	}
}
