package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/skillsgraph/skillsgraph/seed/dataset"
)

// -export writes every format, named with the dataset version.
func TestExportFlag(t *testing.T) {
	dir := t.TempDir()
	var out, errs bytes.Buffer
	if err := run(context.Background(), []string{"-export", dir}, &out, &errs); err != nil {
		t.Fatalf("seed -export: %v (%s)", err, errs.String())
	}
	g, err := dataset.Load(dataset.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".csv.zip", ".graphml", ".jsonld"} {
		name := filepath.Join(dir, "skillsgraph-"+g.Meta.Version+ext)
		if st, err := os.Stat(name); err != nil || st.Size() == 0 {
			t.Errorf("%s not written (%v)", name, err)
		}
	}
}
