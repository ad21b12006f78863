package org.duizhao.annotations.core;

/**
 * A write named a row version that is no longer current: someone else changed or deleted the
 * record since it was read. Nothing was written; the caller shows both versions and lets the
 * researcher choose (keep mine, take theirs, merge the memo).
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final transient Object current;

	/**
	 * @param message user-readable message
	 * @param current the record as it is in the store now, or {@code null} if it was deleted
	 */
	public ConflictException(String message, Object current) {
		super(message);
		this.current = current;
	}

	/** @return the record as it is in the store now ({@link Annotation}, {@link Code}, …), or {@code null} if deleted */
	public Object current() {
		return current;
	}
}
