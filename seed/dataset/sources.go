package dataset

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
)

// lostQuery spots a URL whose query's "?" was turned into "-" when it was
// copied (".../default.aspx-portalid=5&tabid=391...").
var lostQuery = regexp.MustCompile(`\.(aspx|asp|php|cfm|jsp)-[^/]*=`)

// The source rules: a fact is only as good as the document it was read in,
// so a source's URL must name that document (not a site's home page), be
// served over https, and say when it is a copy on someone else's site; a
// record marked verified must cite at least one such document, and one that
// is not an encyclopaedia article.

// mirrorHosts are document-sharing sites that host copies of other
// publishers' documents; a URL on one of them must be marked as a mirror.
var mirrorHosts = []string{
	"scribd.com", "dokumen.tips", "fdocuments.in", "fdocuments.us", "fdocuments.net",
	"docplayer.net", "docplayer.info", "vdocuments.us", "vdocuments.site", "vdocuments.mx",
	"pdfslide.us", "pdfslide.net", "documents.pub", "studylib.net", "123dok.com",
	"123doc.top", "123docz.net", "yumpu.com", "zbook.org", "anyflip.com", "docslib.org",
	"5y1.org", "slideplayer.com", "businessdocbox.com", "pubhtml5.com", "cupdf.com",
	"ilovetranslation.com", "pdfcoffee.com",
}

// encyclopaediaHosts are encyclopaedias: an article on one names a
// document, and may be cited for what it says, but it is nobody's record of
// the fact, so it alone does not verify one.
var encyclopaediaHosts = []string{"wikipedia.org"}

func isEncyclopaedia(rawURL string) bool {
	u, err := url.Parse(rawURL)
	if err != nil {
		return false
	}
	host := strings.ToLower(u.Host)
	for _, e := range encyclopaediaHosts {
		if host == e || strings.HasSuffix(host, "."+e) {
			return true
		}
	}
	return false
}

func isMirrorHost(host string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	for _, m := range mirrorHosts {
		if host == m || strings.HasSuffix(host, "."+m) {
			return true
		}
	}
	return false
}

// checkSources applies the source rules to every source and to every record
// marked verified.
func checkSources(f *Files) []Problem {
	c := &checker{}
	documents := map[string]bool{} // sources whose URL names a document
	primary := map[string]bool{}   // of those, the ones not in an encyclopaedia
	named := map[string]string{}   // a document's address (documentAddress) → the source naming it
	for _, s := range f.Sources {
		if u := c.sourceURL(s.File, s.Rec); u != nil {
			documents[s.Rec.Key] = true
			primary[s.Rec.Key] = !isEncyclopaedia(s.Rec.URL)
			addr := documentAddress(u)
			if first, ok := named[addr]; ok {
				c.add(s.File, s.Rec.Key, "url %q names the document source %s names: cite %s", s.Rec.URL, first, first)
			} else {
				named[addr] = s.Rec.Key
			}
		}
		if d := s.Rec.LastChecked; d != "" {
			t, err := time.Parse(time.DateOnly, d)
			if err != nil {
				c.add(s.File, s.Rec.Key, "lastChecked %q is not a date (YYYY-MM-DD)", d)
			} else if meta, err := time.Parse(time.DateOnly, f.Meta.Date); err == nil && t.After(meta) {
				c.add(s.File, s.Rec.Key, "lastChecked %s is after the dataset's date %s", d, f.Meta.Date)
			}
		}
	}
	for _, r := range verifiedRecords(f) {
		cited, citedPrimary := false, false
		for _, k := range r.sources {
			cited = cited || documents[k]
			citedPrimary = citedPrimary || primary[k]
		}
		switch {
		case !cited:
			c.add(r.file, r.record, "marked verified but cites no source whose URL names a document (not a home page)")
		case !citedPrimary:
			c.add(r.file, r.record, "marked verified on an encyclopaedia article alone: cite the document it was checked in, or mark it unverified")
		}
	}
	return c.problems
}

// sourceURL checks a source's URL and returns it parsed when it names a
// document, nil otherwise.
func (c *checker) sourceURL(file string, s SourceRec) *url.URL {
	if s.URL == "" {
		if s.Mirror || s.Homepage || s.LastChecked != "" || s.HTTP {
			c.add(file, s.Key, "mirror, homepage, http and lastChecked describe a URL, and the source has none")
		}
		return nil
	}
	u, err := url.Parse(s.URL)
	if err != nil || u.Host == "" || strings.ContainsAny(s.URL, " \t\n") {
		c.add(file, s.Key, "url %q is not a well-formed absolute URL", s.URL)
		return nil
	}
	switch {
	case u.Scheme == "https":
		if s.HTTP {
			c.add(file, s.Key, "marked http but the URL is https")
		}
	case u.Scheme == "http" && s.HTTP:
	case u.Scheme == "http":
		c.add(file, s.Key, "url %q is plain http: use https, or mark \"http\": true where the site serves no https", s.URL)
	default:
		c.add(file, s.Key, "url %q is not an http(s) URL", s.URL)
		return nil
	}
	if lostQuery.MatchString(u.Path) {
		c.add(file, s.Key, "url %q has lost its \"?\": the query was copied as part of the path", s.URL)
	}
	bare := strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
	if bare && !s.Homepage {
		c.add(file, s.Key, "url %q is a home page, not the document: cite the document, or mark \"homepage\": true", s.URL)
	}
	if !bare && s.Homepage {
		c.add(file, s.Key, "marked homepage but the URL %q has a path", s.URL)
	}
	if isMirrorHost(u.Host) && !s.Mirror {
		c.add(file, s.Key, "url %q is on a document-sharing site: mark \"mirror\": true (and cite the publisher's copy where one is reachable)", s.URL)
	}
	if bare || s.Homepage {
		return nil
	}
	return u
}

// documentAddress is a document URL as two sources citing the same document
// would differ in it least: the host in lower case without "www.", the path
// without a trailing "/", the query kept. Only document URLs are compared:
// many sources may mark one home page.
func documentAddress(u *url.URL) string {
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	return host + strings.TrimSuffix(u.Path, "/") + "?" + u.RawQuery
}

type verifiedRec struct {
	file, record string
	sources      []string
}

// verifiedRecords lists every record marked verified, named as the
// validator names it elsewhere.
func verifiedRecords(f *Files) []verifiedRec {
	var out []verifiedRec
	add := func(file, record string, s Sourced) {
		if s.Confidence == "verified" {
			out = append(out, verifiedRec{file, record, s.Sources})
		}
	}
	for _, x := range f.Countries {
		add(x.File, x.Rec.Code, x.Rec.Sourced)
	}
	for _, x := range f.Authorities {
		add(x.File, x.Rec.Key, x.Rec.Sourced)
	}
	for _, x := range f.Frameworks {
		add(x.File, x.Rec.Code, x.Rec.Sourced)
		for _, l := range x.Rec.Levels {
			if len(l.Sources) > 0 {
				add(x.File, fmt.Sprintf("%s level %d", x.Rec.Code, l.Level), Sourced{Sources: l.Sources, Confidence: l.Confidence})
			}
		}
	}
	for _, x := range f.LevelReferences {
		add(x.File, x.Rec.From+" -> "+x.Rec.To, x.Rec.Sourced)
	}
	for _, x := range f.Qualifications {
		add(x.File, x.Rec.Key, x.Rec.Sourced)
	}
	for _, x := range f.Standards {
		add(x.File, x.Rec.Key, x.Rec.Sourced)
		for _, u := range x.Rec.Units {
			if len(u.Sources) > 0 {
				add(x.File, x.Rec.Key+" unit "+u.Code, Sourced{Sources: u.Sources, Confidence: u.Confidence})
			}
		}
	}
	for _, x := range f.Skills {
		add(x.File, x.Rec.Key, x.Rec.Sourced)
	}
	for _, x := range f.Occupations {
		add(x.File, x.Rec.ISCO, x.Rec.Sourced)
	}
	for _, x := range f.InDemand {
		add(x.File, x.Rec.Occupation+" in "+x.Rec.Country, x.Rec.Sourced)
	}
	for _, x := range f.Restrictions {
		add(x.File, x.Rec.Country+" restricts "+x.Rec.Occupation, x.Rec.Sourced)
	}
	for _, x := range f.Arrangements {
		add(x.File, x.Rec.Key, x.Rec.Sourced)
		for _, l := range x.Rec.Authorities {
			if l.Own {
				add(x.File, x.Rec.Key+" authority "+l.Authority, l.Sourced)
			}
		}
	}
	return out
}
