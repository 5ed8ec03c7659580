package org.crampcare.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The network between the browser and the server, with a switch. The browser visits the application through this
 * forwarder (its own port on localhost); switching it off closes every open connection and refuses new ones, exactly
 * what a browser sees when the network is gone, service worker included. (Chrome's own offline emulation, set on the
 * page, does not reach the service worker's requests.) Switching it on listens again on the same port, so the site
 * keeps its origin and the service worker its cache.
 */
final class SwitchableNetwork implements AutoCloseable {
    private final int target;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "switchable-network");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private int port;

    /** Forwards to the server on this port of localhost; starts switched on. */
    SwitchableNetwork(int target) {
        this.target = target;
        on();
    }

    /** The port the browser uses. */
    int port() {
        return port;
    }

    synchronized void on() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = s.getLocalPort();
            listener = s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        ServerSocket current = listener;
        threads.execute(() -> accept(current));
    }

    synchronized void off() {
        ServerSocket s = listener;
        listener = null;
        closeQuietly(s);
        open.forEach(SwitchableNetwork::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        off();
        threads.shutdownNow();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(upstream);
                threads.execute(() -> pipe(client, upstream));
                threads.execute(() -> pipe(upstream, client));
            } catch (IOException e) {
                // closed: the network is off
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (SocketException closed) {
            // one side closed, or the network was switched off
        } catch (IOException e) {
            // same: the connection is over
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
