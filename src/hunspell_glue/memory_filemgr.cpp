// Case Audit - FileMgr for hunspell 1.7.1 reading registered memory files (see
// memory_files.h for why hunspell's own filemgr.cxx is replaced). Written against the
// declarations of filemgr.hxx only: the stream member `fin` reads from a read-only view of
// the embedded bytes when the name is registered, from the real file otherwise.
#include "hunspell_glue/memory_files.h"

#include <filemgr.hxx>

#include <cstdio>
#include <map>
#include <mutex>
#include <streambuf>

namespace ca::hunspell_glue {
namespace {

std::mutex& registry_mutex() {
    static std::mutex m;
    return m;
}

std::map<std::string, std::string_view>& registry() {
    static std::map<std::string, std::string_view> files;
    return files;
}

// A get area over bytes that are never written: no put area, and putback past the start
// fails (std::getline never needs it).
class ViewStreambuf : public std::streambuf {
public:
    explicit ViewStreambuf(std::string_view data) {
        // setg() takes char*; the buffer is only read, never written through.
        char* begin = const_cast<char*>(data.data());
        setg(begin, begin, begin + data.size());
    }
};

bool find_memory_file(const char* name, std::string_view& out) {
    std::lock_guard<std::mutex> lock(registry_mutex());
    auto it = registry().find(name);
    if (it == registry().end())
        return false;
    out = it->second;
    return true;
}

} // namespace

void register_memory_file(const std::string& name, std::string_view data) {
    std::lock_guard<std::mutex> lock(registry_mutex());
    registry()[name] = data;
}

} // namespace ca::hunspell_glue

// The stream's own buffer when it reads a real file; a ViewStreambuf when swapped in.
static std::streambuf* current_buffer(std::ifstream& fin) {
    return static_cast<std::istream&>(fin).rdbuf();
}

int FileMgr::fail(const char* err, const char* par) {
    std::fprintf(stderr, "%s: %s\n", err, par);
    return -1;
}

FileMgr::FileMgr(const char* file, const char* key) : hin(nullptr), linenum(0) {
    static_cast<void>(key); // encrypted .hz dictionaries are not used by Case Audit
    in[0] = '\0';
    if (file == nullptr || *file == '\0')
        return;
    std::string_view data;
    if (ca::hunspell_glue::find_memory_file(file, data)) {
        static_cast<std::istream&>(fin).rdbuf(new ca::hunspell_glue::ViewStreambuf(data));
        return;
    }
    fin.open(file, std::ios_base::in);
    if (!fin.is_open())
        fail("hunspell: cannot open dictionary file", file);
}

FileMgr::~FileMgr() {
    std::streambuf* sb = current_buffer(fin);
    if (sb != fin.rdbuf()) {
        static_cast<std::istream&>(fin).rdbuf(fin.rdbuf());
        delete sb;
    }
}

bool FileMgr::getline(std::string& dest) {
    bool ret = false;
    if (fin.is_open() || current_buffer(fin) != fin.rdbuf())
        ret = static_cast<bool>(std::getline(fin, dest));
    if (ret)
        ++linenum;
    return ret;
}

int FileMgr::getlinenum() {
    return linenum;
}
