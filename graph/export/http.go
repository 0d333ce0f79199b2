package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// Store is what the export endpoints need: both stores are one.
type Store interface {
	Source
	RecognitionSource
}

// Format is one way of writing a snapshot.
type Format struct {
	Ext         string // file name extension, with its dot
	ContentType string
	Write       func(io.Writer, *Snapshot) error
}

// Formats lists the export formats by the name used in URLs and flags.
var Formats = map[string]Format{
	"csv":     {".csv.zip", "application/zip", WriteCSV},
	"graphml": {".graphml", "application/graphml+xml; charset=utf-8", WriteGraphML},
	"jsonld":  {".jsonld", "application/ld+json; charset=utf-8", WriteJSONLD},
}

// Handler serves, for each format (csv.zip, graphml, jsonld):
//
//	GET /export/graph.<ext>                       the whole graph
//	GET /export/recognition.<ext>?from=PH&to=SG&qualification=ID (or occupation=ID)
//	                                              the subgraph of that recognitionPaths answer
//
// each named, in Content-Disposition, with the dataset version (and a
// subgraph with its question: see Snapshot.Filename). Bad input
// is a 400 whose JSON body has an error and a code, as the API's errors.
func Handler(store Store, logger *slog.Logger) http.Handler {
	mux := http.NewServeMux()
	// Any other method or path under /export/: a JSON error with a code,
	// as every other refusal.
	mux.Handle("/export/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := exportPaths[r.URL.Path]; ok {
			w.Header().Set("Allow", "GET")
			reply(w, http.StatusMethodNotAllowed, "BAD_USER_INPUT", fmt.Sprintf("use GET on %s, not %s", r.URL.Path, clipped(r.Method)))
			return
		}
		reply(w, http.StatusNotFound, "NOT_FOUND", fmt.Sprintf("no export %s: the exports are /export/graph.<ext> and /export/recognition.<ext>, <ext> one of csv.zip, graphml, jsonld", clipped(r.URL.Path)))
	}))
	for _, f := range Formats {
		mux.Handle("GET /export/graph"+f.Ext, serve(f, logger, func(r *http.Request) (*Snapshot, error) {
			return Load(r.Context(), store)
		}))
		mux.Handle("GET /export/recognition"+f.Ext, serve(f, logger, func(r *http.Request) (*Snapshot, error) {
			q, err := recognitionQuery(r)
			if err != nil {
				return nil, err
			}
			return Recognition(r.Context(), store, q)
		}))
	}
	return mux
}

// badInput is an error in the request, said to the caller as it is.
type badInput struct{ msg string }

func (e badInput) Error() string { return e.msg }

var countryCode = regexp.MustCompile(`^[A-Z]{2}$`)

// MaxParamBytes is the longest value of a parameter, as of a string
// argument of the API (graph.MaxArgBytes): no code or ID comes near.
const MaxParamBytes = 256

// exportPaths are the paths Handler serves.
var exportPaths = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range Formats {
		m["/export/graph"+f.Ext] = true
		m["/export/recognition"+f.Ext] = true
	}
	return m
}()

// clipped is s, cut to a length a message may quote.
func clipped(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

func recognitionQuery(r *http.Request) (recognition.Query, error) {
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return recognition.Query{}, badInput{"the query string is malformed: " + clipped(err.Error())}
	}
	for _, name := range []string{"from", "to", "qualification", "occupation"} {
		switch vs := v[name]; {
		case len(vs) > 1:
			return recognition.Query{}, badInput{name + ": give it once"}
		case len(vs) == 1 && len(vs[0]) > MaxParamBytes:
			return recognition.Query{}, badInput{fmt.Sprintf("%s: at most %d bytes", name, MaxParamBytes)}
		}
	}
	q := recognition.Query{From: strings.ToUpper(strings.TrimSpace(v.Get("from"))), To: strings.ToUpper(strings.TrimSpace(v.Get("to")))}
	for _, c := range []struct{ name, code string }{{"from", q.From}, {"to", q.To}} {
		if !countryCode.MatchString(c.code) {
			return q, badInput{fmt.Sprintf("%s: give an ISO 3166-1 alpha-2 country code, e.g. PH; got %q", c.name, c.code)}
		}
	}
	qual, occ := v.Get("qualification"), v.Get("occupation")
	if (qual == "") == (occ == "") {
		return q, badInput{`give exactly one of qualification (e.g. "qualification:ph-prc-registered-nurse") and occupation (e.g. "occupation:2221")`}
	}
	q.Subject = qual + occ
	return q, nil
}

func serve(f Format, logger *slog.Logger, load func(*http.Request) (*Snapshot, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s, err := load(r)
		if err != nil {
			fail(w, r, logger, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", f.ContentType)
		h.Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, s.Filename(f.Ext)))
		h.Set("X-Data-Version", s.Version.Version)
		h.Set("Cache-Control", "no-cache")
		if err := f.Write(w, s); err != nil {
			// The status is sent: the client sees a cut-off file.
			logger.WarnContext(r.Context(), "export: writing failed", "path", r.URL.Path, "err", err)
		}
	})
}

func fail(w http.ResponseWriter, r *http.Request, logger *slog.Logger, err error) {
	status, code, msg := http.StatusInternalServerError, "INTERNAL", "internal error"
	var bad badInput
	switch {
	case errors.As(err, &bad):
		status, code, msg = http.StatusBadRequest, "BAD_USER_INPUT", bad.msg
	case errors.Is(err, recognition.ErrNotFound), errors.Is(err, recognition.ErrOrigin):
		status, code, msg = http.StatusBadRequest, "BAD_USER_INPUT", err.Error()
	case errors.Is(err, model.ErrUnavailable), errors.Is(err, context.DeadlineExceeded):
		status, code, msg = http.StatusServiceUnavailable, "UNAVAILABLE", "the graph database did not answer; try again"
	}
	if status >= 500 {
		logger.ErrorContext(r.Context(), "export failed", "path", r.URL.Path, "err", err)
	}
	reply(w, status, code, msg)
}

// reply writes an error: its status, and a JSON body with the message and
// its code.
func reply(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": msg, "code": code})
}
