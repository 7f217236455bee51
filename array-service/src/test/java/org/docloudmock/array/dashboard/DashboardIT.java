package org.docloudmock.array.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.docloudmock.array.ArrayApplication;
import org.docloudmock.array.matching.PeerStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven through the system chromedriver (no
 * driver download), while joins arrive. Saves {@code target/dashboard.png}, the screenshot of docs/operating.md.
 */
@SpringBootTest(classes = ArrayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"docloud.admin.token=" + DashboardIT.TOKEN})
class DashboardIT {

    static final String TOKEN = "dashboard-test-token";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String CONTENT = "kb5044284-cumulative";

    @LocalServerPort
    int port;

    @Autowired
    PeerStore peers;

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    /** One browser for the class: Chromium takes seconds to start on a busy CI machine. */
    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs chromium and chromium-driver (Debian packages; .ci/run installs them)");
        }
        Assumptions.assumeTrue(installed, "DashboardIT skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,860", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class).withMessage(() -> "the page says: " + browser.findElement(By.id("status")).getText());
    }

    /** No peers, and a tab that holds no token. */
    @BeforeEach
    void freshSwarmsAndTab() {
        peers.reset();
        browser.get(base() + "/admin/ui/dashboard.css");
        browser.executeScript("sessionStorage.clear()");
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void showsPartitionsSeedsWhoSeesWhomAndEfficiencyAsJoinsArrive() throws IOException {
        join("a1", "203.0.113.10", Map.of("Scope", 1, "Left", 0, "Downloaded", 300, "DownloadedCdn", 300));
        join("a2", "203.0.113.10", Map.of("Scope", 1, "Left", 100, "Downloaded", 200, "DownloadedCdn", 50));
        browser.get(base() + "/admin/ui?interval=300#token=" + TOKEN);

        wait.until(page -> peerChips().size() == 2);
        assertThat(browser.getCurrentUrl()).as("the token leaves the address bar").doesNotContain(TOKEN);
        assertThat(text("#swarms tr td")).isEqualTo(CONTENT);

        // joins arrive while the page is open: a second NAT in LAN mode, two offices in one group, an Internet peer
        join("b1", "198.51.100.20", Map.of("Scope", 1, "Left", 300));
        join("c1", "192.0.2.30", Map.of("Scope", 2, "GroupId", "branch-offices", "Left", 0, "Downloaded", 300, "DownloadedCdn", 0));
        join("d1", "192.0.2.40", Map.of("Scope", 2, "GroupId", "branch-offices", "Left", 300));
        join("e1", "100.64.0.50", Map.of("Scope", 3, "Left", 300));
        wait.until(page -> browser.findElements(By.cssSelector("#nats .partition")).size() == 5);
        assertThat(browser.findElements(By.cssSelector("#groups .partition .peer"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#internet .partition .peer"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#nats .peer.seed"))).extracting(chip -> chip.getAttribute("data-peer"))
                .containsExactlyInAnyOrder(peerId("a1"), peerId("c1"));
        // from peers 150 + 300, from the CDN 300 + 50 + 0
        wait.until(page -> text("#efficiency").equals("56.3 %"));

        new Actions(browser).moveToElement(chip("#nats", peerId("c1"))).perform();
        wait.until(page -> browser.findElements(By.cssSelector("#visibility li")).size() == 5);
        assertThat(reason(peerId("d1"))).isEqualTo("SAME_GROUP");
        assertThat(reason(peerId("a1"))).isEqualTo("LAN_MODE_ACROSS_NATS");
        assertThat(reason(peerId("e1"))).isEqualTo("MODES_DIFFER");
        assertThat(chip("#nats", peerId("d1")).getAttribute("class")).contains("sees");
        assertThat(chip("#nats", peerId("a1")).getAttribute("class")).contains("unseen");
        assertThat(text("#visibility li[data-peer='" + peerId("a1") + "']")).contains("Group)", "DOGroupID");

        Files.write(Path.of("target", "dashboard.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void contentIdsAreShownAsTextNeverAsMarkup() {
        String hostile = "<img src=x onerror=document.title='pwned'>";
        joinContent(hostile, "a1", "203.0.113.10", Map.of("Scope", 1));
        browser.get(base() + "/admin/ui#token=" + TOKEN);
        wait.until(page -> !peerChips().isEmpty());
        assertThat(text("#swarms tr td")).isEqualTo(hostile);
        assertThat(browser.findElements(By.cssSelector("#swarms img"))).isEmpty();
        assertThat(browser.getTitle()).doesNotContain("pwned");
    }

    @Test
    void withoutTheTokenThePageAsksForItAndShowsNothing() {
        join("a1", "203.0.113.10", Map.of("Scope", 1));
        browser.get(base() + "/admin/ui");
        wait.until(page -> browser.findElement(By.id("token-form")).isDisplayed());
        assertThat(peerChips()).isEmpty();
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("#token-form button")).click();
        wait.until(page -> peerChips().size() == 1);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private List<WebElement> peerChips() {
        return browser.findElements(By.cssSelector("#nats .peer"));
    }

    private WebElement chip(String partitions, String peerId) {
        return browser.findElement(By.cssSelector(partitions + " .peer[data-peer='" + peerId + "']"));
    }

    private String reason(String peerId) {
        return browser.findElement(By.cssSelector("#visibility li[data-peer='" + peerId + "']")).getAttribute("data-reason");
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static String peerId(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void join(String peer, String externalIp, Map<String, Object> fields) {
        joinContent(CONTENT, peer, externalIp, fields);
    }

    private void joinContent(String content, String peer, String externalIp, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("ContentId", content);
        body.put("PeerId", peerId(peer));
        given().port(port).contentType(ContentType.JSON).header("X-Forwarded-For", externalIp).body(body)
                .post("/join/").then().statusCode(200);
    }
}
