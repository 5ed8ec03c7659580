package org.crampcare.testing;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Hostile JSON for the fuzz tests of every way in (the API, the questionnaire, the command line, the diary): huge and
 * fractional numbers, duplicate keys, deep nesting, large arrays, odd Unicode, invalid UTF-8 and plain noise. Shared
 * through the core's test jar.
 */
public final class HostileJson {
    private HostileJson() {
    }

    /** Hostile request bodies as bytes: each kind the issue found, and mixtures of them inside a plausible request. */
    public static Arbitrary<byte[]> bodies() {
        Arbitrary<String> numbers = Arbitraries.of("1e19", "-1e19", "1e400", "-1e400", "1" + "0".repeat(309),
                "9223372036854775808", "1.5", "0.000000001", "1e-400", "-0", "1e2147483647",
                "123456789012345678901234567890", "2.5e3", "NaN", "Infinity", "0x10", "01");
        Arbitrary<String> fields = Arbitraries.of("person", "age_years", "episode", "pain", "duration_seconds",
                "episodes_per_week", "symptoms", "medications", "history", "locations", "x", "");
        Arbitrary<String> odd = Arbitraries.of("\"\\ud800\"", "\"\\u0000\"", "\"\ufeff\"", "\"\u202e\"",
                "\"\ud83d\ude00\"", "\"\\udfff\\ud800\"", "\"" + "a".repeat(300) + "\"", "\"chest_pain\"", "true",
                "null", "{}", "[]");
        Arbitrary<String> value = Arbitraries.oneOf(numbers, odd);
        Arbitrary<String> duplicate = Combinators.combine(fields, value, value)
                .as((f, a, b) -> "{\"" + f + "\":" + a + ",\"" + f + "\":" + b + "}");
        Arbitrary<String> nested = Combinators.combine(fields, fields, value)
                .as((a, b, v) -> "{\"" + a + "\":{\"" + b + "\":" + v + "}}");
        Arbitrary<String> deep = Arbitraries.integers().between(10, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
        Arbitrary<String> deepOpen = Arbitraries.integers().between(10, 3000).map(n -> "{\"a\":".repeat(n));
        Arbitrary<String> large = Combinators.combine(fields, Arbitraries.integers().between(50, 8000), value)
                .as((f, n, v) -> "{\"" + f + "\":[" + String.join(",", java.util.Collections.nCopies(n, v)) + "]}");
        Arbitrary<String> manyFields = Arbitraries.integers().between(50, 3000)
                .map(n -> "{" + java.util.stream.IntStream.range(0, n).mapToObj(i -> "\"f" + i + "\":" + i)
                        .collect(java.util.stream.Collectors.joining(",")) + "}");
        Arbitrary<byte[]> text = Arbitraries.oneOf(duplicate, nested, deep, deepOpen, large, manyFields, value)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> invalidUtf8 = Combinators.combine(nested, Arbitraries.of(
                new byte[] { (byte) 0xc3, 0x28 }, new byte[] { (byte) 0xff }, new byte[] { (byte) 0xc0, (byte) 0xaf },
                new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 }, new byte[] { (byte) 0xfe, (byte) 0xff, 0, 0x7b },
                new byte[] { 0 })).as((s, bad) -> {
                    byte[] b = s.getBytes(StandardCharsets.UTF_8);
                    byte[] out = java.util.Arrays.copyOf(b, b.length + bad.length);
                    System.arraycopy(bad, 0, out, b.length / 2, bad.length);
                    System.arraycopy(b, b.length / 2, out, b.length / 2 + bad.length, b.length - b.length / 2);
                    return out;
                });
        return Arbitraries.frequencyOf(Tuple.of(4, text), Tuple.of(1, invalidUtf8),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)));
    }
}
