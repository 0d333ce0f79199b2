// Package dataset is the curated knowledge base: the seed files (embedded in
// the binary), their reader and validator, and the graph built from them that
// every store loads.
package dataset

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/skillsgraph/skillsgraph/graph/model"
)

//go:embed data/*.json
var embedded embed.FS

// Embedded returns the seed files built into the binary.
func Embedded() fs.FS {
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	return sub
}

// Problem is one thing wrong with the seed: where, which record, and why.
type Problem struct {
	File   string
	Record string
	Reason string
}

func (p Problem) String() string {
	if p.Record == "" {
		return fmt.Sprintf("%s: %s", p.File, p.Reason)
	}
	return fmt.Sprintf("%s: %s: %s", p.File, p.Record, p.Reason)
}

// Invalid is the error for a seed with problems; it lists every one.
type Invalid struct{ Problems []Problem }

func (e *Invalid) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "seed is invalid (%d problems):", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// kinds maps a file's kind (the name before the first dot) to where its
// records go.
func (f *Files) kinds() map[string]func(file string, data []byte) error {
	return map[string]func(string, []byte) error{
		"sources":         func(n string, d []byte) error { return decodeInto(n, d, &f.Sources) },
		"countries":       func(n string, d []byte) error { return decodeInto(n, d, &f.Countries) },
		"authorities":     func(n string, d []byte) error { return decodeInto(n, d, &f.Authorities) },
		"frameworks":      func(n string, d []byte) error { return decodeInto(n, d, &f.Frameworks) },
		"levelReferences": func(n string, d []byte) error { return decodeInto(n, d, &f.LevelReferences) },
		"qualifications":  func(n string, d []byte) error { return decodeInto(n, d, &f.Qualifications) },
		"standards":       func(n string, d []byte) error { return decodeInto(n, d, &f.Standards) },
		"skills":          func(n string, d []byte) error { return decodeInto(n, d, &f.Skills) },
		"occupations":     func(n string, d []byte) error { return decodeInto(n, d, &f.Occupations) },
		"inDemand":        func(n string, d []byte) error { return decodeInto(n, d, &f.InDemand) },
		"restrictions":    func(n string, d []byte) error { return decodeInto(n, d, &f.Restrictions) },
		"arrangements":    func(n string, d []byte) error { return decodeInto(n, d, &f.Arrangements) },
	}
}

func decodeInto[T any](file string, data []byte, dst *[]Located[T]) error {
	var recs []T
	if err := strictDecode(data, &recs); err != nil {
		return err
	}
	for _, r := range recs {
		*dst = append(*dst, Located[T]{File: file, Rec: r})
	}
	return nil
}

func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(data[:se.Offset], []byte("\n"))
			return fmt.Errorf("line %d: %v", line, err)
		}
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the top-level value")
	}
	return nil
}

// Read parses every seed file in fsys. Files that cannot be parsed, and
// files of no known kind, are problems; Read reports all of them at once.
func Read(fsys fs.FS) (*Files, error) {
	names, err := fs.Glob(fsys, "*.json")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	f := &Files{}
	kinds := f.kinds()
	var problems []Problem
	sawMeta := false
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		kind, _, _ := strings.Cut(strings.TrimSuffix(path.Base(name), ".json"), ".")
		if kind == "dataset" {
			sawMeta = true
			if err := strictDecode(data, &f.Meta); err != nil {
				problems = append(problems, Problem{File: name, Reason: err.Error()})
			}
			continue
		}
		decode, ok := kinds[kind]
		if !ok {
			problems = append(problems, Problem{File: name, Reason: "unknown kind of file (see FORMAT.md)"})
			continue
		}
		if err := decode(name, data); err != nil {
			problems = append(problems, Problem{File: name, Reason: err.Error()})
		}
	}
	if !sawMeta {
		problems = append(problems, Problem{File: "dataset.json", Reason: "missing: the dataset's version and date"})
	}
	if len(problems) > 0 {
		return nil, &Invalid{Problems: problems}
	}
	return f, nil
}

// Load reads, validates and builds the seed in fsys: the one call every store
// and command uses. Nothing is returned unless the whole seed is valid.
func Load(fsys fs.FS) (*model.Graph, error) {
	files, err := Read(fsys)
	if err != nil {
		return nil, err
	}
	if problems := Validate(files); len(problems) > 0 {
		return nil, &Invalid{Problems: problems}
	}
	return Build(files), nil
}
