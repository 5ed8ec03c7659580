package org.crampcare.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.naming.OperationNotSupportedException;

import org.openqa.selenium.chrome.ChromeDriver;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core (bundled in Deque's jar, injected into the page) with the rules of WCAG 2.0, 2.1 and 2.2, levels A and AA.
 * Every audit is also written, one line a page, to {@code target/browser-reports/axe.txt}.
 */
final class Axe {
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Path REPORT = Path.of(System.getProperty("java.io.tmpdir"), "browser-reports", "axe.txt");

    /**
     * What axe found on one page.
     *
     * @param violations one block per rule broken: id, impact, help, and each element's selector
     * @param passed     how many rules passed
     * @param incomplete the rules axe could not decide (to review by hand), with how many elements each
     * @param axeVersion the version of axe-core that ran
     */
    record Audit(List<String> violations, int passed, List<String> incomplete, String axeVersion) {
    }

    private Axe() {
    }

    static List<String> violations(ChromeDriver driver) {
        return audit(driver, "").violations();
    }

    /**
     * Has Chromium load axe-core with every new page of this tab, before the page's own scripts (Chrome DevTools'
     * Page.addScriptToEvaluateOnNewDocument, which the page's Content-Security-Policy does not apply to). An audit then
     * need not send the 560 KB script each time, which saves a third of a second a page. Without it, audits inject
     * the script themselves.
     */
    static void loadWithEveryPage(ChromeDriver driver) {
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    Map.of("source", new EmbeddedResourceAxeProvider().getScript()));
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("cannot read axe.min.js from Deque's jar", e);
        }
    }

    /** Audits the page on screen and writes the outcome to the report under this name. */
    static Audit audit(ChromeDriver driver, String page) {
        // legacy mode: axe.run in the page itself, as the pages have no frames; the default opens a blank window for
        // every audit to merge the results of frames, which costs more than the audit
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_22_AA).disableIframeTesting().setLegacyMode(true);
        if (Boolean.TRUE.equals(driver.executeScript("return typeof window.axe === 'object' && typeof window.axe.run === 'function';"))) {
            axe.setAxeScriptProvider(() -> "/* axe-core was loaded with the page */");
        }
        Results results = axe.analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": "
                    + results.getErrorMessage());
        }
        Audit audit = new Audit(results.getViolations().stream().map(Axe::describe).toList(),
                results.getPasses().size(),
                results.getIncomplete().stream().map(r -> r.getId() + " x" + r.getNodes().size()).toList(),
                results.getTestEngine() == null ? "?" : results.getTestEngine().getVersion());
        if (!page.isEmpty()) {
            report(page, driver.getCurrentUrl(), audit);
        }
        return audit;
    }

    private static synchronized void report(String page, String url, Audit audit) {
        String path = url.replaceFirst("^https?://[^/]+", "");
        String line = String.format("%-45s %-60s violations=%d passed=%d incomplete=%s (axe-core %s)%n", page, path,
                audit.violations().size(), audit.passed(), audit.incomplete(), audit.axeVersion());
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Rule rule) {
        String nodes = rule.getNodes().stream().map(Axe::describe).collect(Collectors.joining("\n"));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " [" + rule.getHelpUrl() + "]\n"
                + nodes;
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
        return "    " + node.getTarget() + "  " + abbreviate(node.getHtml()) + "\n      " + summary;
    }

    private static String abbreviate(String html) {
        String one = html == null ? "" : html.replaceAll("\\s+", " ");
        return one.length() <= 160 ? one : one.substring(0, 160) + "...";
    }
}
