package org.mechgraph.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright: never a downloaded browser. Collects console errors so a test can
 * assert the page ran clean, and saves screenshots under {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final List<String> consoleErrors = new ArrayList<>();

    /**
     * How long a page action or an assertion waits: generous, so a busy machine (a parallel build, CI's neighbours)
     * slows the tests down but cannot fail them. A test that really breaks still fails, just later.
     */
    private static final double PATIENCE_MS = 60_000;

    public Browser() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: install Debian's chromium (.ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new page at laptop size whose console errors are collected. */
    public Page newPage() {
        return newPage(false);
    }

    /**
     * A new page at laptop size whose console errors are collected; with {@code bypassCsp} the app's script policy
     * does not apply to it, so a benchmark can run its own inline script on a page of the app's origin.
     */
    public Page newPage(boolean bypassCsp) {
        var context = browser.newContext(new NewContextOptions().setViewportSize(1440, 900).setAcceptDownloads(true)
                .setBypassCSP(bypassCsp));
        context.setDefaultTimeout(PATIENCE_MS);
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text() + " @ " + m.location());
            }
        });
        page.onPageError(e -> consoleErrors.add(e));
        return page;
    }

    public List<String> consoleErrors() {
        return consoleErrors;
    }

    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(false));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
