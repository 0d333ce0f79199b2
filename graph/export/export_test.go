package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/skillsgraph/skillsgraph/graph"
	"github.com/skillsgraph/skillsgraph/graph/export"
	"github.com/skillsgraph/skillsgraph/graph/memstore"
	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

func store(t *testing.T) *memstore.Store {
	t.Helper()
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return memstore.New(g)
}

// counts is what a parser read back from an export.
type counts struct {
	nodes, edges int
	version      string
}

func readCSV(t *testing.T, b []byte) counts {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	var c counts
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		switch {
		case f.Name == "dataset.csv":
			c.version = rows[1][0]
		case strings.HasPrefix(f.Name, "nodes/"):
			c.nodes += len(rows) - 1
			for _, r := range rows[1:] {
				if kind := strings.TrimSuffix(strings.TrimPrefix(f.Name, "nodes/"), ".csv"); r[1] != kind {
					t.Errorf("%s holds a %s", f.Name, r[1])
				}
			}
		case strings.HasPrefix(f.Name, "relationships/"):
			c.edges += len(rows) - 1
		default:
			t.Errorf("unexpected file %s", f.Name)
		}
	}
	return c
}

func readGraphML(t *testing.T, b []byte) counts {
	t.Helper()
	var doc struct {
		Keys  []struct{ ID, For, Name string } `xml:"key"`
		Graph struct {
			Data  []struct{ Key, Value string } `xml:"data"`
			Nodes []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	c := counts{nodes: len(doc.Graph.Nodes), edges: len(doc.Graph.Edges)}
	ids := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		ids[n.ID] = true
	}
	for _, e := range doc.Graph.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("edge %s -> %s has an end that is not a node", e.Source, e.Target)
		}
	}
	var raw struct {
		Graph struct {
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"graph"`
	}
	_ = xml.Unmarshal(b, &raw)
	for _, d := range raw.Graph.Data {
		if d.Key == "g_dataVersion" {
			c.version = d.Value
		}
	}
	return c
}

// readJSONLD checks that every @type and every term of every object is
// defined in the @context, and that every compact ID's prefix is one.
func readJSONLD(t *testing.T, b []byte) counts {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	ctx, _ := doc["@context"].(map[string]any)
	if ctx == nil {
		t.Fatal("no @context")
	}
	isPrefix := func(iri string) bool {
		id, ok := strings.CutPrefix(iri, "urn:skillsgraph:")
		return ok && model.KindOf(id) != ""
	}
	c := counts{version: doc["dataVersion"].(string)}
	graphItems, _ := doc["@graph"].([]any)
	for _, it := range graphItems {
		obj := it.(map[string]any)
		typ, _ := obj["@type"].(string)
		if _, ok := ctx[typ]; !ok {
			t.Errorf("@type %q is not in the @context", typ)
		}
		if typ == "Statement" {
			c.edges++
			for _, k := range []string{"subject", "object"} {
				if !isPrefix(obj[k].(string)) {
					t.Errorf("statement %s %q is not the IRI of a node ID", k, obj[k])
				}
			}
			if _, ok := ctx[obj["predicate"].(string)]; !ok {
				t.Errorf("predicate %q is not in the @context", obj["predicate"])
			}
		} else {
			c.nodes++
			if !isPrefix(obj["@id"].(string)) {
				t.Errorf("@id %q is not the IRI of a node ID", obj["@id"])
			}
		}
		for k := range obj {
			if _, ok := ctx[k]; !ok && !strings.HasPrefix(k, "@") {
				t.Errorf("term %q (of a %s) is not in the @context", k, typ)
			}
		}
	}
	return c
}

var readers = map[string]func(*testing.T, []byte) counts{"csv": readCSV, "graphml": readGraphML, "jsonld": readJSONLD}

// Each export, read back by a real parser, has every node and relationship
// of the store, and says which dataset it is.
func TestWholeGraph(t *testing.T) {
	s := store(t)
	ctx := context.Background()
	nodes, edges, _ := s.Dump(ctx)
	v, _ := s.DataVersion(ctx)
	snap, err := export.Load(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range export.Formats {
		t.Run(name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := f.Write(&a, snap); err != nil {
				t.Fatal(err)
			}
			got := readers[name](t, a.Bytes())
			if got.nodes != len(nodes) || got.edges != len(edges) || got.version != v.Version {
				t.Errorf("read back %d nodes, %d relationships, version %q; the store has %d, %d, %q",
					got.nodes, got.edges, got.version, len(nodes), len(edges), v.Version)
			}
			if err := f.Write(&b, snap); err != nil || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("two writes of one snapshot differ (err %v)", err)
			}
		})
	}
}

func get(h http.Handler, url string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, url, nil))
	return w
}

func TestHandler(t *testing.T) {
	s := store(t)
	v, _ := s.DataVersion(context.Background())
	h := export.Handler(s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	for name, f := range export.Formats {
		w := get(h, "/export/graph"+f.Ext)
		want := `attachment; filename="skillsgraph-` + v.Version + f.Ext + `"`
		if w.Code != 200 || w.Header().Get("Content-Disposition") != want || w.Header().Get("Content-Type") != f.ContentType {
			t.Errorf("GET /export/graph%s = %d, %q, %q; want 200, %q, %q", f.Ext, w.Code,
				w.Header().Get("Content-Disposition"), w.Header().Get("Content-Type"), want, f.ContentType)
		}
		readers[name](t, w.Body.Bytes())
	}
}

// The subgraph of the Philippine nurse's routes to Singapore: every step of
// every route is a relationship, between nodes the subgraph holds.
func TestRecognitionSubgraph(t *testing.T) {
	s := store(t)
	h := export.Handler(s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	w := get(h, "/export/recognition.graphml?from=ph&to=SG&qualification=qualification:ph-prc-registered-nurse")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	c := readGraphML(t, w.Body.Bytes())
	body := w.Body.String()
	for _, id := range []string{"qualification:ph-prc-registered-nurse", "country:SG", "arrangement:asean-mra-nursing"} {
		if !strings.Contains(body, `<node id="`+id+`">`) {
			t.Errorf("the subgraph lacks node %s", id)
		}
	}
	if c.edges == 0 || !strings.Contains(body, ">FORMAL<") && !strings.Contains(body, ">CONDITIONAL<") {
		t.Errorf("the subgraph has %d steps and no arrangement route", c.edges)
	}
	// A route export is named for its question, so that it never takes the
	// whole graph's name (curl -OJ refuses to overwrite, browsers rename).
	v, _ := s.DataVersion(context.Background())
	for _, f := range export.Formats {
		got := get(h, "/export/recognition"+f.Ext+"?from=PH&to=SG&qualification=qualification:ph-prc-registered-nurse").Header().Get("Content-Disposition")
		want := `attachment; filename="skillsgraph-` + v.Version + `-recognition-PH-SG-qualification_ph-prc-registered-nurse` + f.Ext + `"`
		if got != want {
			t.Errorf("GET /export/recognition%s: Content-Disposition %q, want %q", f.Ext, got, want)
		}
		if whole := get(h, "/export/graph"+f.Ext).Header().Get("Content-Disposition"); got == whole {
			t.Errorf("GET /export/recognition%s is named as the whole graph: %q", f.Ext, got)
		}
	}
	jl := get(h, "/export/recognition.jsonld?from=PH&to=SG&qualification=qualification:ph-prc-registered-nurse")
	if jc := readJSONLD(t, jl.Body.Bytes()); jc.edges != c.edges || jc.nodes != c.nodes {
		t.Errorf("JSON-LD subgraph %d nodes, %d relationships; GraphML %d, %d", jc.nodes, jc.edges, c.nodes, c.edges)
	}

	for _, url := range []string{
		"/export/recognition.graphml?from=PH&to=SG",
		"/export/recognition.graphml?from=PH&to=SG&qualification=a&occupation=b",
		"/export/recognition.graphml?from=PHL&to=SG&occupation=occupation:2221",
		"/export/recognition.graphml?from=PH&to=XX&occupation=occupation:2221",
		"/export/recognition.graphml?from=PH&to=SG&occupation=occupation:0000",
		"/export/recognition.graphml?from=TH&to=MY&qualification=qualification:ph-tesda-nc2-cookery",
	} {
		w := get(h, url)
		var e struct{ Error, Code string }
		_ = json.Unmarshal(w.Body.Bytes(), &e)
		if w.Code != http.StatusBadRequest || e.Code != "BAD_USER_INPUT" || e.Error == "" {
			t.Errorf("GET %s = %d %+v, want 400 BAD_USER_INPUT with a message", url, w.Code, e)
		}
	}
}

var _ export.Store = (*memstore.Store)(nil)

// Bad input to the exports gets what it gets from the API: a JSON error
// with a code, a string argument of at most 256 bytes (graph.MaxArgBytes),
// never echoed whole; a malformed query string, a parameter given twice, a
// method other than GET and an unknown export are refused as such.
func TestExportBadInput(t *testing.T) {
	s := store(t)
	h := export.Handler(s, slog.New(slog.NewTextHandler(io.Discard, nil)))
	long := strings.Repeat("a", 30000)
	for _, c := range []struct {
		method, url string
		status      int
		code, msg   string
	}{
		{"GET", "/export/recognition.jsonld?from=PH&to=SG&occupation=" + long, 400, "BAD_USER_INPUT", "occupation: at most 256 bytes"},
		{"GET", "/export/recognition.jsonld?from=" + long[:300] + "&to=SG&occupation=occupation:2221", 400, "BAD_USER_INPUT", "from: at most 256 bytes"},
		{"GET", "/export/recognition.graphml?from=%zz&to=SG&occupation=occupation:2221", 400, "BAD_USER_INPUT", "the query string is malformed"},
		{"GET", "/export/recognition.graphml?from=PH&from=MY&to=SG&occupation=occupation:2221", 400, "BAD_USER_INPUT", "from: give it once"},
		{"POST", "/export/graph.graphml", 405, "BAD_USER_INPUT", "use GET"},
		{"GET", "/export/graph.xml", 404, "NOT_FOUND", "no export /export/graph.xml"},
	} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(c.method, c.url, nil))
		var e struct{ Error, Code string }
		err := json.Unmarshal(w.Body.Bytes(), &e)
		if w.Code != c.status || err != nil || e.Code != c.code || !strings.Contains(e.Error, c.msg) || w.Body.Len() > 1000 {
			t.Errorf("%s %.80s… = %d %q (%d bytes); want %d, %s, saying %q, under 1,000 bytes",
				c.method, c.url, w.Code, w.Body.String()[:min(w.Body.Len(), 200)], w.Body.Len(), c.status, c.code, c.msg)
		}
	}
}

// The exports take no longer strings than the API does.
func TestExportParamLimitIsTheAPIs(t *testing.T) {
	if export.MaxParamBytes != graph.MaxArgBytes {
		t.Errorf("exports take %d bytes, the API %d", export.MaxParamBytes, graph.MaxArgBytes)
	}
}
