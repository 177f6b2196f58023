package org.mechgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.mechgraph.support.Api;
import org.mechgraph.support.Browser;

/**
 * What the explorer's browser tests share: one app on the shared database and one headless Chromium per test class,
 * a fresh page per test, and no test passes while the page logged an error to its console.
 */
abstract class ExplorerPageTest {

    protected static Api api;
    protected static Browser browser;
    protected Page page;

    @BeforeAll
    static void start() {
        api = Api.onSharedDatabase();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
        api.close();
    }

    @BeforeEach
    void open() {
        page = browser.newPage();
        browser.consoleErrors().clear();
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleErrors());
        page.context().close();
    }
}
