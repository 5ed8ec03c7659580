package org.crampcare.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

import org.crampcare.assessment.Assessor;
import org.crampcare.assessment.InputError;
import org.crampcare.knowledge.KnowledgeBase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crampcare assess}: contract v1 on the command line. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Assess a request (contract v1) and print the result as JSON.",
                "Exit status: 0 all answered, 2 bad input (the error object is printed in place of the result)."})
final class AssessCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Parameters(index = "0", paramLabel = "FILE", description = "A request file, or - for standard input.")
    String file;

    @Option(names = "--batch", description = "JSON Lines: one request per line, one result per line, same order.")
    boolean batch;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Reader in;
        try {
            in = file.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("crampcare assess: no such file: " + file);
            return BAD_INPUT;
        }
        Assessor assessor = new Assessor(KnowledgeBase.load());
        try (BufferedReader reader = new BufferedReader(in, 1 << 16); out) {
            return batch ? batch(assessor, reader, out) : single(assessor, reader, out);
        }
    }

    private static int single(Assessor assessor, BufferedReader reader, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            text.append(buffer, 0, n);
        }
        Assessor.Outcome outcome = assessor.assess(text.toString());
        out.write(outcome.json());
        out.write('\n');
        return outcome.ok() ? 0 : BAD_INPUT;
    }

    /**
     * Answers chunks of lines on all cores and writes the answers in input order; at most a few chunks are in
     * flight, so memory stays bounded whatever the size of the input.
     */
    private static int batch(Assessor assessor, BufferedReader reader, Writer out) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "assess");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Chunk>> inFlight = new ArrayDeque<>();
        int status = 0;
        int lineNumber = 0;
        try {
            List<String> lines = new ArrayList<>(CHUNK);
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
                if (lines.size() == CHUNK) {
                    inFlight.add(submit(pool, assessor, lines, lineNumber));
                    lineNumber += lines.size();
                    lines = new ArrayList<>(CHUNK);
                    while (inFlight.size() > 2 * threads) {
                        status = Math.max(status, write(inFlight.poll(), out));
                    }
                }
            }
            if (!lines.isEmpty()) {
                inFlight.add(submit(pool, assessor, lines, lineNumber));
            }
            while (!inFlight.isEmpty()) {
                status = Math.max(status, write(inFlight.poll(), out));
            }
        } finally {
            pool.shutdownNow();
        }
        return status;
    }

    private static final int CHUNK = 128;

    /** The answers to a run of consecutive lines. */
    private record Chunk(String text, boolean allOk) {
    }

    private static Future<Chunk> submit(ExecutorService pool, Assessor assessor, List<String> lines, int firstLine) {
        return pool.submit(() -> {
            StringBuilder sb = new StringBuilder(lines.size() * 4096);
            boolean allOk = true;
            int n = firstLine;
            for (String line : lines) {
                n++;
                if (line.isBlank()) {
                    allOk = false;
                    sb.append(assessor.writer().writeError(
                            List.of(new InputError("", "line " + n + " is empty: expected one JSON object")), n));
                } else {
                    Assessor.Outcome outcome = assessor.assess(line);
                    allOk &= outcome.ok();
                    sb.append(outcome.ok() ? outcome.json() : assessor.writer().writeError(outcome.errors(), n));
                }
                sb.append('\n');
            }
            return new Chunk(sb.toString(), allOk);
        });
    }

    private static int write(Future<Chunk> future, Writer out) throws IOException {
        try {
            Chunk chunk = future.get();
            out.write(chunk.text());
            return chunk.allOk() ? 0 : BAD_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("assessment failed: " + e.getCause(), e.getCause());
        }
    }
}
