package api

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// postJSON is gqlgen's POST transport for the requests nearly every client
// sends (Accept empty, application/json or */*), writing the response
// without encoding/json's second pass over the data: gqlgen's writer
// marshals the response, which validates and compacts the data the
// executor (or the direct write) has already written compactly — about a
// quarter of the CPU of a large read. Anything else (another Accept, a
// body that does not decode) goes to gqlgen's POST as before.
type postJSON struct{ transport.POST }

func (t postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		t.POST.Do(w, r, exec)
		return
	}
	params := &graphql.RawParams{}
	if accept := r.Header.Get("Accept"); accept != "" && accept != "application/json" && accept != "*/*" ||
		decodeParams(body, params) != nil {
		r.Body = io.NopCloser(bytes.NewReader(body))
		t.POST.Do(w, r, exec)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	ctx := r.Context()
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		if errcode.GetErrorKind(opErr) == errcode.KindProtocol {
			w.WriteHeader(http.StatusUnprocessableEntity)
		}
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
}

func decodeParams(body []byte, params *graphql.RawParams) error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	return dec.Decode(params)
}

// writeResponse writes resp as encoding/json would (the same fields in the
// same order), with its data as it is: the executor and the direct write
// both write compact, valid JSON (storetest.RunDirect compares the two).
// What this writer does not know (incremental delivery) goes to
// encoding/json whole.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if resp == nil {
		w.Write([]byte("null")) // as encoding/json writes a nil response
		return
	}
	errs, errErr := json.Marshal(resp.Errors)
	ext, extErr := json.Marshal(resp.Extensions)
	if resp.Label != "" || resp.Path != nil || resp.HasNext != nil || errErr != nil || extErr != nil {
		b, _ := json.Marshal(resp)
		w.Write(b)
		return
	}
	var buf bytes.Buffer
	buf.Grow(len(resp.Data) + len(errs) + len(ext) + 32)
	buf.WriteByte('{')
	if len(resp.Errors) > 0 {
		buf.WriteString(`"errors":`)
		buf.Write(errs)
		buf.WriteByte(',')
	}
	buf.WriteString(`"data":`)
	if resp.Data == nil {
		buf.WriteString("null")
	} else {
		buf.Write(resp.Data)
	}
	if len(resp.Extensions) > 0 {
		buf.WriteString(`,"extensions":`)
		buf.Write(ext)
	}
	buf.WriteByte('}')
	w.Write(buf.Bytes())
}
