package main

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The pages tested in a real browser: Debian's chromium, headless, talking
// to this server and nothing else. Screenshots go to $SCREENSHOT_DIR (a new
// temporary folder when unset; the test logs where).

// browser starts chromium on a fresh profile and returns a context for
// it; it fails the test on any request to a host other than server's.
// Without chromium the test is skipped, except under CI=true, where it
// fails.
func browser(t *testing.T, server string) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed, and CI=true: the browser tests must run (apt-get install chromium)")
		}
		t.Skip("chromium is not installed: skipping the browser tests (apt-get install chromium)")
	}
	// A fresh profile, removed after the browser has closed (not t.TempDir:
	// chromium's helpers may still be writing to it when cleanup starts).
	profile, err := os.MkdirTemp("", "skillsgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1300, 1600),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() {
		_ = chromedp.Cancel(ctx) // closes the browser and waits for it
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
		for i := 0; i < 10 && os.RemoveAll(profile) != nil; i++ {
			time.Sleep(100 * time.Millisecond)
		}
	})

	own, _ := url.Parse(server)
	var mu sync.Mutex
	var elsewhere []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			u, err := url.Parse(e.Request.URL)
			if err == nil && (u.Scheme == "data" || u.Scheme == "blob" || u.Host == own.Host) {
				return
			}
			mu.Lock()
			elsewhere = append(elsewhere, e.Request.URL)
			mu.Unlock()
		}
	})
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		if len(elsewhere) > 0 {
			t.Errorf("the page asked hosts other than the server: %v", elsewhere)
		}
	})
	if err := chromedp.Run(ctx, network.Enable()); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// screenshotDir is $SCREENSHOT_DIR, or one new temporary folder per run.
var screenshotDir = sync.OnceValues(func() (string, error) {
	if dir := os.Getenv("SCREENSHOT_DIR"); dir != "" {
		return dir, os.MkdirAll(dir, 0o755)
	}
	return os.MkdirTemp("", "skillsgraph-screenshots-")
})

// screenshot keeps a picture of the page.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir, err := screenshotDir()
	if err != nil {
		t.Fatal(err)
	}
	var png []byte
	if err := chromedp.Run(ctx, chromedp.FullScreenshot(&png, 100)); err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(dir, name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

func TestBrowserGraphiQL(t *testing.T) {
	srv := httptest.NewServer(newTestServer(t, nil).handler)
	defer srv.Close()
	ctx := browser(t, srv.URL)

	query := `query Nurse { recognitionPaths(from: "PH", to: "SG", qualification: "qualification:ph-prc-registered-nurse") { outcome paths { strength instrument { title } } } }`
	var result string
	err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/?query="+url.QueryEscape(query)),
		chromedp.WaitVisible(`.graphiql-container .graphiql-execute-button`, chromedp.ByQuery),
		chromedp.Click(`.graphiql-execute-button`, chromedp.ByQuery),
		chromedp.Poll(`(document.querySelector('.graphiql-response')?.innerText || '').includes('ROUTES_FOUND')`, nil, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Text(`.graphiql-response`, &result, chromedp.ByQuery),
	)
	if err != nil {
		t.Fatalf("GraphiQL did not run the query: %v", err)
	}
	for _, want := range []string{"ROUTES_FOUND", "ASEAN Mutual Recognition Arrangement on Nursing Services"} {
		if !strings.Contains(result, want) {
			t.Errorf("GraphiQL's response lacks %q:\n%s", want, result)
		}
	}
	screenshot(t, ctx, "graphiql")
}

// The Philippine nurse's route to Singapore, reached from a shared URL, and
// then again by keyboard alone from an empty explorer.
func TestBrowserExplorer(t *testing.T) {
	srv := httptest.NewServer(newTestServer(t, nil).handler)
	defer srv.Close()
	ctx := browser(t, srv.URL)

	check := func(how string) {
		t.Helper()
		var routes, steps, sources, graphs int
		var text string
		err := chromedp.Run(ctx,
			chromedp.WaitVisible(`article.route`, chromedp.ByQuery),
			chromedp.Evaluate(`document.querySelectorAll('article.route').length`, &routes),
			chromedp.Evaluate(`document.querySelectorAll('article.route ol.steps > li').length`, &steps),
			chromedp.Evaluate(`document.querySelectorAll('article.route ul.sources a[href^="http"]').length`, &sources),
			chromedp.Evaluate(`document.querySelectorAll('article.route svg.route-graph[role=img] title').length`, &graphs),
			chromedp.Text(`#routes`, &text, chromedp.ByQuery),
		)
		if err != nil {
			t.Fatalf("%s: the explorer showed no route: %v", how, err)
		}
		if routes == 0 || steps < 2 || sources == 0 || graphs == 0 {
			t.Errorf("%s: %d routes, %d steps, %d linked sources, %d graphs; want each route drawn with its steps and sources", how, routes, steps, sources, graphs)
		}
		for _, want := range []string{"ASEAN Mutual Recognition Arrangement on Nursing Services", "RECOGNISES", "Singapore", "Confidence:"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the routes do not mention %q", how, want)
			}
		}
	}

	shared := srv.URL + "/explore?from=PH&to=SG&qualification=qualification:ph-prc-registered-nurse"
	if err := chromedp.Run(ctx, chromedp.Navigate(shared)); err != nil {
		t.Fatal(err)
	}
	check("from a shared URL")
	checkDownloads(t, ctx)
	var cite, ladder string
	if err := chromedp.Run(ctx, chromedp.Text(`#cite`, &cite, chromedp.ByQuery)); err != nil || !strings.Contains(cite, "skillsgraph dataset 20") {
		t.Errorf("the page does not show the dataset version to cite: %q (%v)", cite, err)
	}
	err := chromedp.Run(ctx,
		chromedp.Poll(`document.getElementById('ladder-body').innerText.includes('Held:')`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Text(`#ladder-body`, &ladder, chromedp.ByQuery))
	if err != nil || !strings.Contains(ladder, "PQF level 6") {
		t.Errorf("the level ladder does not show the nurse's PQF level 6: %q (%v)", ladder, err)
	}
	screenshot(t, ctx, "explorer")

	// Into Malaysia the ladder has rungs, through references the seed holds
	// unverified: each rung must say so.
	var ladderMY string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/explore?from=PH&to=MY&qualification=qualification:ph-prc-registered-nurse"),
		chromedp.Poll(`document.getElementById('ladder-body').innerText.includes('In MY:')`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Text(`#ladder-body`, &ladderMY, chromedp.ByQuery))
	if err != nil || !strings.Contains(ladderMY, "MQF level 6") || !strings.Contains(ladderMY, "unverified: the references on the way are not checked") {
		t.Errorf("the level ladder into Malaysia does not show MQF level 6 marked unverified: %q (%v)", ladderMY, err)
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(shared)); err != nil {
		t.Fatal(err)
	}
	check("from a shared URL, again")

	var location string
	steps := []struct {
		what string
		do   chromedp.Action
	}{
		{"open the explorer", chromedp.Navigate(srv.URL + "/explore")},
		{"countries listed", chromedp.WaitReady(`#from option[value="PH"]`, chromedp.ByQuery)},
		{"choose the origin", chromedp.SetValue(`#from`, "PH", chromedp.ByQuery)},
		{"choose the destination", chromedp.SetValue(`#to`, "SG", chromedp.ByQuery)},
		// Brunei's registered nurse matches "registered nurse" too, and sorts first.
		{"type in the subject", chromedp.SendKeys(`#subject`, "registered nurse philippines", chromedp.ByQuery)},
		{"options listed", chromedp.WaitVisible(`#subject-options li[role=option][id$="-0"]`, chromedp.ByQuery)},
		{"arrow down", chromedp.KeyEvent(kb.ArrowDown)},
		{"first option active", chromedp.Poll(`document.getElementById('subject').getAttribute('aria-activedescendant') === 'subject-options-0'`, nil, chromedp.WithPollingTimeout(5*time.Second))},
		{"enter chooses it", chromedp.KeyEvent(kb.Enter)},
		{"choice announced", chromedp.Poll(`document.getElementById('subject-chosen').textContent.includes('Registered Nurse')`, nil, chromedp.WithPollingTimeout(5*time.Second))},
		{"enter submits", chromedp.KeyEvent(kb.Enter)},
		{"the URL keeps the question", chromedp.Poll(`location.search.includes('qualification=')`, nil, chromedp.WithPollingTimeout(10*time.Second))},
		{"read the URL", chromedp.Location(&location)},
	}
	for _, st := range steps {
		sctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		err := chromedp.Run(sctx, st.do)
		cancel()
		if err != nil {
			screenshot(t, ctx, "explorer-keyboard-failed")
			t.Fatalf("by keyboard: %s: %v", st.what, err)
		}
	}
	check("chosen by keyboard")
	if !strings.Contains(location, "from=PH") || !strings.Contains(location, "to=SG") || !strings.Contains(location, "qualification=qualification%3Aph-prc-registered-nurse") {
		t.Errorf("the URL does not keep the question: %s", location)
	}
	// A channel to work is shown apart, labelled, never among the routes.
	var channels, routes string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/explore?from=PH&to=JP&qualification=qualification:ph-tesda-nc2-caregiving"),
		chromedp.WaitVisible(`#channels article.channel`, chromedp.ByQuery),
		chromedp.Text(`#channels`, &channels, chromedp.ByQuery),
		chromedp.Text(`#route-list`, &routes, chromedp.ByQuery))
	if err != nil {
		screenshot(t, ctx, "explorer-channels-failed")
		t.Fatalf("the explorer showed no channel for a Philippine caregiver to Japan: %v", err)
	}
	screenshot(t, ctx, "explorer-channels")
	for _, want := range []string{"Channels to work — not recognition", "CHANNEL TO WORK — NOT RECOGNITION", "Specified Skilled Worker", "Nursing Care Skills Evaluation Test", "It does not recognise"} {
		if !strings.Contains(channels, want) {
			t.Errorf("the channels section does not say %q:\n%s", want, channels)
		}
	}
	if strings.Contains(routes, "Specified Skilled Worker") || !strings.Contains(routes, "Japan") {
		t.Errorf("the routes should hold the JPEPA and not the SSW memorandum:\n%s", routes)
	}
	// Routes that are comparability alone are said to be no recognition, in
	// the line that counts them.
	var status string
	err = chromedp.Run(ctx,
		chromedp.Navigate(srv.URL+"/explore?from=ID&to=PH&qualification=qualification:id-bnsp-kkni2-fashion-dressmaking"),
		chromedp.Poll(`document.getElementById('status').innerText.includes('route')`, nil, chromedp.WithPollingTimeout(10*time.Second)),
		chromedp.Text(`#status`, &status, chromedp.ByQuery))
	if err != nil || !strings.Contains(status, "The open routes are comparability only, which is not recognition.") {
		t.Errorf("the status of a comparability-only answer does not say it is no recognition: %q (%v)", status, err)
	}
}

// checkDownloads reads the explorer's download links on the Philippine
// nurse's question to Singapore: three for its routes, carrying the
// question, and three for the whole graph, each one a link that the server
// answers.
func checkDownloads(t *testing.T, ctx context.Context) {
	t.Helper()
	var got struct {
		Text  string
		Links []struct {
			Href   string
			Status int
		}
	}
	err := chromedp.Run(ctx, chromedp.Evaluate(`(async () => {
		const links = [];
		for (const a of document.querySelectorAll('#downloads a')) {
			const href = a.getAttribute('href');
			const res = await fetch(href);
			await res.arrayBuffer();
			links.push({ href, status: res.status });
		}
		return { text: document.getElementById('downloads').innerText, links };
	})()`, &got, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
	if err != nil {
		t.Fatalf("reading the download links: %v", err)
	}
	if strings.Contains(got.Text, "http") || strings.Contains(got.Text, ",,") {
		t.Errorf("the downloads read as text rather than links: %q", got.Text)
	}
	want := map[string]bool{
		"/export/recognition.graphml": true, "/export/recognition.jsonld": true, "/export/recognition.csv.zip": true,
		"/export/graph.graphml": true, "/export/graph.jsonld": true, "/export/graph.csv.zip": true,
	}
	for _, l := range got.Links {
		u, err := url.Parse(l.Href)
		if err != nil || !want[u.Path] {
			t.Errorf("unexpected download link %q", l.Href)
			continue
		}
		delete(want, u.Path)
		q := u.Query()
		if strings.HasPrefix(u.Path, "/export/recognition.") {
			if q.Get("from") != "PH" || q.Get("to") != "SG" || q.Get("qualification") != "qualification:ph-prc-registered-nurse" {
				t.Errorf("download link %q does not carry the question", l.Href)
			}
		} else if u.RawQuery != "" {
			t.Errorf("whole-graph link %q carries a query", l.Href)
		}
		if l.Status != 200 {
			t.Errorf("GET %s: %d, want 200", l.Href, l.Status)
		}
	}
	if len(got.Links) != 6 || len(want) != 0 {
		t.Errorf("the downloads hold %d links, missing %v; want three for the routes and three for the whole graph (text %q)", len(got.Links), want, got.Text)
	}
}
