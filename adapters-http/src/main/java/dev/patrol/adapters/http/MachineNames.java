package dev.patrol.adapters.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * This machine's own names, which a wildcard listener also answers to (issue 12): the host
 * name and its short form. Looked up once, at start, never per request.
 */
final class MachineNames {
    private MachineNames() {
    }

    static List<String> find() {
        List<String> out = new ArrayList<>();
        try {
            String name = InetAddress.getLocalHost().getHostName();
            out.add(name);
            int dot = name.indexOf('.');
            if (dot > 0) {
                out.add(name.substring(0, dot));
            }
        } catch (UnknownHostException | SecurityException e) {
            // no name known: the machine's addresses and the configured names still work
        }
        return out;
    }
}
