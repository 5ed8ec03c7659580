package org.crampcare.app.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium, headless, through Debian's chromedriver, as a phone 360 by 800 CSS pixels (Chrome's mobile
 * emulation: a desktop window cannot be that narrow), with a fresh profile under {@code target/}. Both paths are given, so Selenium Manager never runs and nothing is
 * downloaded.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 800;

    private Chromium() {
    }

    /** What is missing to run browser tests, and how to install it; empty when both are there. */
    static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add(BROWSER.toString());
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add(DRIVER.toString());
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of(String.join(" and ", missing) + " not found (install with: apt-get install -y chromium chromium-driver)");
    }

    /** A started browser and the profile folder it owns. */
    record Started(ChromeDriver driver, Path profile) {
    }

    static Started start() {
        missing().ifPresent(m -> {
            throw new IllegalStateException("Cannot run browser tests: " + m);
        });
        // belt and braces: the driver is also named by system property, and Selenium Manager is told not to phone home
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        Path profile;
        try {
            Path target = Path.of(System.getProperty("java.io.tmpdir"));
            profile = Files.createTempDirectory(target, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TMPDIR", profile.getParent().toString()))
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // a desktop window cannot be narrower than 500 pixels: emulate a phone, so the page is laid out 360 pixels wide
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true, "mobile", true)));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--mute-audio",
                "--window-size=" + PHONE_WIDTH + "," + PHONE_HEIGHT, "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(30));
        // a headless window may never have the system's focus, and since Chromium 150 an element focused by script
        // then does not match :focus (document.hasFocus() is false): the page behaves as if its window had the focus,
        // as a phone's would, so the focus checks see the focus ring a person sees
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return new Started(driver, profile);
    }
}
