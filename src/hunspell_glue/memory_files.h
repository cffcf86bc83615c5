// Case Audit - dictionary files for hunspell served from memory.
//
// Hunspell 1.7.1 has no in-memory API: Hunspell(affpath, dpath) and add_dic(dpath) read
// through its internal class FileMgr, which opens a std::ifstream (or a .hz archive). The
// British English dictionary is compiled into the app (the web app has no file system:
// -sFILESYSTEM=0), so the choices were:
//   1. write the embedded bytes to a temporary file (natively) and to Emscripten's in-memory
//      file system (wasm): two copies of 1.2 MB, a temp-file clean-up, and the web app would
//      have to link Emscripten's FS (about 20 KB more JS, and a decision beyond this module);
//   2. patch hunspell's sources to add a memory API: a fork of a Debian package to maintain;
//   3. build hunspell without its filemgr.cxx and give it our own implementation of the
//      same header (memory_filemgr.cpp): hunspell's sources stay untouched, nothing is
//      copied, no file system is needed and the embedded bytes are read in place.
// Option 3 is used. Its cost is a dependency on FileMgr's header (four members), which is
// pinned by the Debian package version (1.7.1); a new hunspell would be checked against it.
//
// Names registered here are matched exactly against the path hunspell is given; any other
// path is opened as a real file (native builds), so add_dic() on a file still works.
#pragma once

#include <string>
#include <string_view>

namespace ca::hunspell_glue {

// Serve `data` when hunspell opens `name`. The bytes are not copied: they must outlive every
// Hunspell object created from them (embedded data lives for the whole program).
void register_memory_file(const std::string& name, std::string_view data);

} // namespace ca::hunspell_glue
