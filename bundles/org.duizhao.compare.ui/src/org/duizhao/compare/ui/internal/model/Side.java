package org.duizhao.compare.ui.internal.model;

/** Which of the two compared texts. */
public enum Side {
	/** The left text. */
	A,
	/** The right text. */
	B;

	/** @return the other side */
	public Side other() {
		return this == A ? B : A;
	}
}
