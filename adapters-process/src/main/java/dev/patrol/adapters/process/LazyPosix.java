package dev.patrol.adapters.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import jnr.posix.POSIX;
import jnr.posix.POSIXFactory;

/**
 * jnr-posix's libc binding, made on its first call instead of when an adapter is built:
 * binding its ~300 functions costs ~0.3 s of CPU, which a starting daemon on two cores needs
 * for its listener (issue #6). A call through here makes one reflective hop, far cheaper than
 * the system call behind it; errno stays per thread, as jnr-posix keeps it.
 */
final class LazyPosix {
    private static final POSIX LAZY = (POSIX) Proxy.newProxyInstance(POSIX.class.getClassLoader(),
            new Class<?>[] {POSIX.class}, LazyPosix::invoke);

    private LazyPosix() {
    }

    /** The POSIX every adapter uses; nothing is bound until its first call. */
    static POSIX get() {
        return LAZY;
    }

    /** Binds libc now (once per JVM), e.g. on a spare thread once the daemon listens. */
    static void bind() {
        Real.posix();
    }

    private static Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(Real.posix(), args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The holder idiom: the JVM makes it once, and concurrent first callers wait for it. */
    private static final class Real {
        private static final POSIX POSIX = POSIXFactory.getNativePOSIX();

        static POSIX posix() {
            return POSIX;
        }
    }
}
