package dev.deployer.parallel;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A number of worker threads for the parts of a render that can run side by side (units, the
 * environment files, comparing with the disk, writing, recording). One knob, {@code --threads},
 * governs them all, and with one thread everything runs on the caller's. Results come back in
 * the order of the input, so nothing that comes out depends on the number of threads.
 */
public final class Workers {

    private final int threads;

    private Workers(int threads) {
        this.threads = threads;
    }

    /** {@code threads}: 0 for one per core. */
    public static Workers of(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0");
        }
        return new Workers(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
    }

    public int threads() {
        return threads;
    }

    /** {@code action} done for every item, on the workers. */
    public <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return Boolean.TRUE;
        });
    }

    /** {@code fn} applied to every item, on the workers, the results in the items' order. */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
        if (threads == 1 || items.size() < 2) {
            return items.stream().<R>map(fn).toList();
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> items.parallelStream().<R>map(fn).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
