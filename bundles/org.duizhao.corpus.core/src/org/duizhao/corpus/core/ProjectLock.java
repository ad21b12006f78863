package org.duizhao.corpus.core;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.duizhao.corpus.core.internal.Json;
import org.duizhao.corpus.core.internal.Messages;
import org.duizhao.corpus.core.internal.ProjectLayout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * The writers' lock of a project: an operating-system lock ({@link FileChannel#tryLock()}) on the
 * file {@code .lock} in the project folder, so the system releases it when the holding process
 * ends, even by {@code kill -9}, and a crash can never leave a project locked. The holder writes
 * who it is (process id, host, purpose, since when) into the file, for the message another writer
 * shows. Within one JVM a semaphore per folder comes first, because the JVM refuses a second
 * file lock on the same file. Readers never take it.
 */
public final class ProjectLock implements AutoCloseable {

	/** How long an import waits for another writer by default. */
	public static final Duration DEFAULT_WAIT = Duration.ofMinutes(5);
	private static final long POLL_MILLIS = 100;
	private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

	/**
	 * Who holds a lock, as written into {@code .lock}.
	 *
	 * @param pid the process id
	 * @param host the host name
	 * @param purpose what it does, e.g. {@code import}
	 * @param since when it took the lock
	 */
	public record Holder(long pid, String host, String purpose, Instant since) {

		static Holder current(String purpose) {
			return new Holder(ProcessHandle.current().pid(), hostName(), purpose, Instant.now());
		}

		private static String hostName() {
			try {
				return InetAddress.getLocalHost().getHostName();
			} catch (IOException | RuntimeException e) {
				return System.getenv().getOrDefault("HOSTNAME", "?"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private final Semaphore local;
	private final FileChannel channel;
	private final FileLock lock;

	private ProjectLock(Semaphore local, FileChannel channel, FileLock lock) {
		this.local = local;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock of the project in {@code folder}, waiting up to {@code wait} for another writer
	 * to finish.
	 *
	 * @param purpose what the caller will do, shown to other writers
	 * @param monitor told what is waited for; cancelling it stops the wait; may be {@code null}
	 * @throws ProjectLockedException when another writer still holds it after {@code wait}
	 * @throws OperationCanceledException when the monitor is cancelled while waiting
	 */
	public static ProjectLock acquire(Path folder, String purpose, Duration wait, IProgressMonitor monitor)
			throws IOException {
		Path dir = folder.toAbsolutePath().normalize();
		long deadline = System.nanoTime() + wait.toNanos();
		Semaphore local = IN_PROCESS.computeIfAbsent(dir, d -> new Semaphore(1));
		Path lockFile = dir.resolve(ProjectLayout.LOCK);
		boolean told = false;
		while (!tryAcquire(local)) {
			told = waitOrGiveUp(lockFile, deadline, monitor, told);
		}
		FileChannel channel = null;
		try {
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			while ((lock = tryLock(channel)) == null) {
				told = waitOrGiveUp(lockFile, deadline, monitor, told);
			}
			ProjectLock held = new ProjectLock(local, channel, lock);
			held.writeHolder(Holder.current(purpose));
			return held;
		} catch (IOException | RuntimeException | Error e) {
			if (channel != null) {
				channel.close(); // releases a lock taken just before the failure
			}
			local.release();
			throw e;
		}
	}

	/** @return who holds the lock of the project in {@code folder} now, if anyone says so */
	public static Holder holder(Path folder) {
		try {
			String json = Files.readString(folder.resolve(ProjectLayout.LOCK), StandardCharsets.UTF_8);
			return json.isBlank() ? null : Json.GSON.fromJson(json, Holder.class);
		} catch (IOException | RuntimeException unreadable) {
			return null; // no file, being rewritten, or locked against reading (Windows)
		}
	}

	private static boolean tryAcquire(Semaphore local) {
		try {
			return local.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null; // cannot happen past the semaphore, unless code outside this class locks it
		}
	}

	/** @return whether the monitor has been told; throws when the time is up or on cancel */
	private static boolean waitOrGiveUp(Path lockFile, long deadline, IProgressMonitor monitor, boolean told)
			throws ProjectLockedException {
		Holder holder = holder(lockFile.getParent());
		if (System.nanoTime() >= deadline) {
			throw new ProjectLockedException(lockFile.getParent(), holder);
		}
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		if (monitor != null && !told) {
			monitor.subTask(NLS.bind(Messages.lockWaiting, ProjectLockedException.describe(holder)));
		}
		sleep();
		return true;
	}

	private static void sleep() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private void writeHolder(Holder holder) throws IOException {
		channel.truncate(0);
		ByteBuffer data = ByteBuffer.wrap(Json.GSON.toJson(holder).getBytes(StandardCharsets.UTF_8));
		while (data.hasRemaining()) {
			channel.write(data, data.position());
		}
		channel.force(false);
	}

	/** Releases the lock; the {@code .lock} file stays (emptied), as deleting it would race. */
	@Override
	public void close() throws IOException {
		try {
			if (lock.isValid()) {
				channel.truncate(0);
				lock.release();
			}
			channel.close();
		} finally {
			local.release();
		}
	}
}
