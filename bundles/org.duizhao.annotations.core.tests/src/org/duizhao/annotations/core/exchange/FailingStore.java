package org.duizhao.annotations.core.exchange;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import org.duizhao.annotations.core.AnnotationStore;
import org.duizhao.annotations.core.AnnotationStore.StoreWork;
import org.duizhao.annotations.core.StoreException;

/**
 * A real store whose write after the first {@code n} fails, as a full disk or a dropped connection
 * would: the way to test that an import failing in the middle leaves the real store unchanged.
 * Every call goes to the real store; transactions are the real store's (work run inside them
 * calls this wrapper, on the same thread, and so joins them).
 * <p>
 * A proxy rather than a class that forwards each method by hand: every method does the same
 * (count if it writes, then forward), and a method added to the store is forwarded without a change
 * here. A new writing method has to be named in {@link #WRITES} to be counted.
 */
final class FailingStore implements InvocationHandler {

	/** The store's methods that change it; every other method only reads or registers listeners. */
	private static final Set<String> WRITES = Set.of("createCode", "updateCode", "restoreCode", "deleteCode", "mergeCodes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"addAnnotation", "addAnnotations", "updateAnnotation", "updateAnnotations", "deleteAnnotation", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"createMemo", "updateMemo", "deleteMemo", "setLinkTypes", "createLink", "deleteLink"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final AnnotationStore real;
	private int writesLeft;

	private FailingStore(AnnotationStore real, int n) {
		this.real = real;
		this.writesLeft = n;
	}

	/** @return a store that forwards to {@code real} and fails on the write after the first {@code n} */
	static AnnotationStore around(AnnotationStore real, int n) {
		return (AnnotationStore) Proxy.newProxyInstance(FailingStore.class.getClassLoader(),
				new Class<?>[] { AnnotationStore.class }, new FailingStore(real, n));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
			case "equals" -> proxy == args[0]; //$NON-NLS-1$
			case "hashCode" -> System.identityHashCode(proxy); //$NON-NLS-1$
			default -> "FailingStore around " + real.describe(); //$NON-NLS-1$
			};
		}
		if (method.getName().equals("inTransaction")) { //$NON-NLS-1$
			StoreWork<?> work = (StoreWork<?>) args[0];
			return real.inTransaction(s -> work.run((AnnotationStore) proxy));
		}
		if (WRITES.contains(method.getName()) && writesLeft-- <= 0) {
			throw new StoreException("simulated failure of a write"); //$NON-NLS-1$
		}
		try {
			return method.invoke(real, args);
		} catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}
}
