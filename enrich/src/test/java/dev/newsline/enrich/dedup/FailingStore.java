package dev.newsline.enrich.dedup;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.state.KeyValueStore;

/** Probe index stores that misbehave on purpose: reads that fail as a failing disk's would, or that run a hook. */
final class FailingStore {

    private FailingStore() {
    }

    /** {@code store}, except that {@code get} of a {@code kind} key throws while {@code failing} is true. */
    @SuppressWarnings("unchecked")
    static KeyValueStore<Bytes, byte[]> failingGets(KeyValueStore<Bytes, byte[]> store, ProbeKind kind,
            BooleanSupplier failing) {
        byte tag = kind.key(new byte[0]).get()[0];
        return (KeyValueStore<Bytes, byte[]>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    // index keys are a 4-byte bucket, then the probe key and its kind tag
                    if (failing.getAsBoolean() && method.getName().equals("get") && ((Bytes) args[0]).get()[4] == tag) {
                        throw new ProcessorStateException("read failed (test)");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** {@code store}, running {@code hook} before each {@code get} (the hook decides whether to act). */
    @SuppressWarnings("unchecked")
    static KeyValueStore<Bytes, byte[]> onEveryRead(KeyValueStore<Bytes, byte[]> store, Runnable hook) {
        return (KeyValueStore<Bytes, byte[]>) Proxy.newProxyInstance(KeyValueStore.class.getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("get")) {
                        hook.run();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
