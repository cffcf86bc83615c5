// The text arena of the in-memory extract (fixed 1 MiB blocks) and the importer's two ways
// of handing a record to the parser (in place in the chunk, or gathered across chunks).
// Expected offsets are worked out from the block size, 1 MiB = 1,048,576 bytes.
#include "test_extract_support.h"

#include "core/extract/import.h"
#include "core/extract/model.h"

#include <string>

using namespace ca;
using namespace ca_test;

TEST_CASE("TextStore packs texts into 1 MiB blocks and never splits one", "[extract]") {
    TextStore store;
    const TextRef none = store.add("");
    CHECK(none.offset == 0);
    CHECK(none.length == 0);
    CHECK(store.view(none).empty());

    const TextRef a = store.add("abc"); // block 0, at 0
    CHECK(a.offset == 0);
    CHECK(a.length == 3);
    // Fills block 0 up to one byte before its end: 3 + 1,048,572 = 1,048,575.
    const std::string fill(1048572, 'x');
    const TextRef b = store.add(fill);
    CHECK(b.offset == 3);
    // 5 bytes do not fit in the 1 byte left: they start block 1, at 1,048,576.
    const TextRef c = store.add("hello");
    CHECK(c.offset == 1048576);
    // 2.5 MiB (2,621,440 bytes) is more than a block: an allocation of 3 block slots of its
    // own, starting at slot 2 (offset 2,097,152); the rest of block 1 stays unused.
    const std::string big(2621440, 'y');
    const TextRef d = store.add(big);
    CHECK(d.offset == 2097152);
    // The next text goes right after it, in the last of its 3 slots:
    // 2,097,152 + 2,621,440 = 4,718,592.
    const TextRef e = store.add("z");
    CHECK(e.offset == 4718592);
    CHECK(store.size() == 4718593);

    CHECK(store.view(a) == "abc");
    CHECK(store.view(b) == fill);
    CHECK(store.view(c) == "hello");
    CHECK(store.view(d) == big);
    CHECK(store.view(e) == "z");
    // 5 block slots of 1 MiB are held (slots 0 to 4), plus the slot table.
    CHECK(store.memory_bytes() >= 5u * 1048576u);
    CHECK(store.memory_bytes() < 5u * 1048576u + 4096u);
}

TEST_CASE("TextStore append and unappend reserve room for a text written in place", "[extract]") {
    TextStore store;
    store.add("ab");
    char* at = store.append(5); // room for 5 at offset 2
    at[0] = 'h';
    at[1] = 'i';
    store.unappend(3); // only 2 were used
    const TextRef r = store.last_ref(2);
    CHECK(r.offset == 2);
    CHECK(store.view(r) == "hi");
    CHECK(store.size() == 4);
}

TEST_CASE("every chunk size from 50 to 80 bytes gives the same records and errors", "[extract]") {
    // A record wholly inside a chunk is read in place; one that straddles chunks is copied
    // first. Chunk sizes from 50 to 80 bytes put record ends at every place in a chunk,
    // its very end included, many times over.
    const std::string text = minimal();
    const ImportResult whole = import_extract(text);
    REQUIRE(whole.ok());
    // The same syntax error as in "a bad literal in a case note is located": line 54,
    // column 57, whatever the chunking.
    const std::string bad = replace_once(text, R"("title": "Home visit")", R"("title": tru)");
    for (std::size_t chunk = 50; chunk <= 80; ++chunk) {
        INFO("chunk size " << chunk);
        ExtractImporter importer;
        for (std::size_t at = 0; at < text.size(); at += chunk)
            importer.feed(std::string_view(text).substr(at, chunk));
        const ImportResult r = importer.finish();
        REQUIRE(r.ok());
        const Extract& x = *r.extract;
        REQUIRE(x.notes.size() == whole.extract->notes.size());
        for (std::size_t i = 0; i < x.notes.size(); ++i)
            CHECK(x.text_of(x.notes[i].text) ==
                  whole.extract->text_of(whole.extract->notes[i].text));
        for (std::size_t i = 0; i < x.workers.size(); ++i)
            CHECK(x.text_of(x.workers[i].name) ==
                  whole.extract->text_of(whole.extract->workers[i].name));

        ExtractImporter bad_importer;
        for (std::size_t at = 0; at < bad.size(); at += chunk)
            bad_importer.feed(std::string_view(bad).substr(at, chunk));
        const ImportResult rb = bad_importer.finish();
        const Finding& f = only(rb, "syntax");
        CHECK(f.line == 54);
        CHECK(f.column == 57);
    }
}
