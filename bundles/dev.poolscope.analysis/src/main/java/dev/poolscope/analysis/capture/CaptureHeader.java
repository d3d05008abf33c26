package dev.poolscope.analysis.capture;

import java.util.List;
import java.util.Map;

/**
 * A capture's three header lines: the format version (1), the kernel's release, and the module's
 * parameters as loaded ({@code ring}, {@code stack}, {@code pools}, {@code names}), in file order.
 */
public record CaptureHeader(String kernelRelease, Map<String, String> params) {

    /** The first line of every capture of this version. */
    public static final String MAGIC = "poolscope-capture 1";

    /** The parameters a {@code params} line gives, in this order. */
    public static final List<String> PARAMS = List.of("ring", "stack", "pools", "names");

    public CaptureHeader {
        params = Map.copyOf(params);
    }
}
