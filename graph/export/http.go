package export

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
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

func recognitionQuery(r *http.Request) (recognition.Query, error) {
	v := r.URL.Query()
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
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": msg, "code": code})
}
