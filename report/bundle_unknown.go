package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// decodeDataset decodes dataset.json into doc (decodeStrict) and returns
// the fields it holds that this build does not know (unknownFields). It
// decodes once when there are none, as in a bundle this build wrote; only
// a dataset with unknown fields is read again to name them.
func decodeDataset(data []byte, doc *Document) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(doc)
	if err == nil {
		if _, err := dec.Token(); !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("unexpected data after the JSON value")
		}
		return nil, nil
	}
	if !strings.HasPrefix(err.Error(), "json: unknown field ") {
		return nil, err
	}
	*doc = Document{}
	if err := decodeStrict(data, doc); err != nil {
		return nil, err
	}
	return unknownFields(data, doc)
}

// maxUnknownFields is how many unknown fields unknownFields names at most.
const maxUnknownFields = 10

// unknownFields lists the fields of the JSON value data that v (data,
// decoded) does not keep: fields this build does not know, such as those a
// newer Claimdesk writes without changing the dataset version. Each is
// named once by its path ("claims[].rating_note"), sorted, at most
// maxUnknownFields. A field whose value is empty (null, "", 0, false, [],
// {}) is not listed: dropping it loses nothing.
func unknownFields(data []byte, v any) ([]string, error) {
	var raw, kept any
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	known, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(known, &kept); err != nil {
		return nil, err
	}
	found := map[string]bool{}
	diffFields("", raw, kept, found)
	out := make([]string, 0, len(found))
	for p := range found {
		out = append(out, p)
	}
	sort.Strings(out)
	return out[:min(len(out), maxUnknownFields)], nil
}

// diffFields adds to found the paths of the fields of raw that kept lacks.
func diffFields(path string, raw, kept any, found map[string]bool) {
	switch r := raw.(type) {
	case map[string]any:
		k, _ := kept.(map[string]any)
		for name, val := range r {
			p := name
			if path != "" {
				p = path + "." + name
			}
			kv, ok := k[name]
			if !ok {
				if !emptyJSON(val) {
					found[p] = true
				}
				continue
			}
			diffFields(p, val, kv, found)
		}
	case []any:
		k, _ := kept.([]any)
		for i, val := range r {
			var kv any
			if i < len(k) {
				kv = k[i]
			}
			diffFields(path+"[]", val, kv, found)
		}
	}
}

// emptyJSON reports whether a decoded JSON value is null, "", 0, false,
// an empty array or an empty object.
func emptyJSON(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case float64:
		return x == 0
	case bool:
		return !x
	case []any:
		return len(x) == 0
	case map[string]any:
		return len(x) == 0
	}
	return false
}
