// Case Audit - the runner: window, GL context, Dear ImGui backends and the main loop, for the
// browser (SDL2 on a WebGL canvas) and the desktop (SDL2 + OpenGL 3).
//
// Drawing only when something changes: Dear ImGui has no idle mode of its own, so the loop
// keeps drawing for a short while after the last input (hover and click feedback need a few
// frames) and then stops. In the browser it pauses Emscripten's requestAnimationFrame loop
// altogether, so an idle tab uses no CPU, and web/platform.js resumes it on any input; on the
// desktop it blocks in SDL_WaitEvent.
//
// Index of this file:
// [SECTION] Includes and state
// [SECTION] GL context (WebGL 2, falling back to WebGL 1)
// [SECTION] Fonts at the screen's pixel density
// [SECTION] Events (with the one-frame key fix for Dear ImGui 1.86)
// [SECTION] Frame
// [SECTION] Run

// ---------------------------------------------------------------------------
// [SECTION] Includes and state
// ---------------------------------------------------------------------------
#include "app/backend/runner.h"

#include "app/accessible_view.h"
#include "app/backend/renderer_gl.h"
#include "app/test_api.h"
#include "app/ui/fonts.h"
#include "app/ui/keyboard.h"
#include "app/ui/theme.h"
#include "platform/platform_wake.h"

#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_sdl.h>
#include <imgui_internal.h>

#ifdef __EMSCRIPTEN__
#include <SDL_opengles2.h>
#include <emscripten/emscripten.h>
extern "C" {
void ca_js_install(); // web/platform.js
void ca_js_ready();
void ca_js_mark(const char* name); // a moment of the start-up, for the benchmark
void ca_js_startup_failed(const char* message);
int ca_js_force_webgl1();
}
#else
#include <SDL_opengl.h>
#endif

#include <cstdio>
#include <unordered_set>
#include <vector>

namespace ca::app {
namespace {

// How long to keep drawing after the last input, in milliseconds. Long enough for ImGui's
// hover, click and keyboard-navigation feedback to settle.
constexpr Uint32 k_active_after_input_ms = 750;
// While a file is imported and the user does nothing, a frame is drawn at most this often;
// the loop iterations in between only parse. With software WebGL (a laptop whose GPU the
// browser will not use) every frame costs the CPU that the import needs: on a 2-core
// machine, drawing continuously made a 95 MB import in node 1.8 times slower. Four
// progress updates a second are plenty, and any input draws at once.
constexpr Uint32 k_import_draw_interval_ms = 250;

struct Runner {
    App* app = nullptr;
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    std::vector<SDL_Event> deferred; // events held back to the next frame
    Uint32 active_until = 0;
    bool redraw_requested = true;
    bool paused = false;
    bool announced_ready = false;
    bool warmed_up = false; // the importer's warm-up is done (browser only)
    bool quit = false;
    Uint32 last_drawn = 0; // SDL_GetTicks() of the last frame drawn
    bool in_frame = false; // inside frame(): a wake-up then only asks for a redraw
};
Runner g_runner;

// Something arrived from the platform (a file slice, a paste). During an import, a slice
// that arrives is parsed at once, in the browser's callback that delivered it, instead of
// at the next animation frame: the loop would otherwise sit idle up to a frame per slice
// while the file is read (4 to 12% of a 95 MB import, in two sets of runs). Never from
// inside a frame (the native side can deliver a slice while the import asks for the next
// one).
void on_wake() {
    g_runner.redraw_requested = true;
    if (!g_runner.in_frame && g_runner.app != nullptr && g_runner.app->importing())
        g_runner.app->work_between_frames();
#ifdef __EMSCRIPTEN__
    if (g_runner.paused) {
        g_runner.paused = false;
        emscripten_resume_main_loop();
    }
#endif
}

// The start-up's steps on the page's performance timeline (bench/startup/startup.mjs).
void mark(const char* name) {
#ifdef __EMSCRIPTEN__
    ca_js_mark(name);
#else
    (void)name;
#endif
}

// The app cannot start: said on the console and, in the browser, by the page's fallback
// message in place of the loading indicator.
int startup_failed(const char* what, const char* page_message) {
    std::fprintf(stderr, "Case Audit %s: %s\n", what, SDL_GetError());
#ifdef __EMSCRIPTEN__
    ca_js_startup_failed(page_message);
#else
    (void)page_message;
#endif
    return 1;
}

// ---------------------------------------------------------------------------
// [SECTION] GL context
// ---------------------------------------------------------------------------

// Returns the GLSL version line for the renderer (renderer_gl.h), or null on failure.
const char* create_gl_context(Runner& r, int& webgl_version) {
#ifdef __EMSCRIPTEN__
    // GLSL "#version 100" on Emscripten, valid on WebGL 1 and 2 alike.
    const bool force_webgl1 = ca_js_force_webgl1() != 0; // ?webgl=1, for testing the fallback
    for (const int major : {3, 2}) {
        if (major == 3 && force_webgl1)
            continue;
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, major);
        SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
        r.gl = SDL_GL_CreateContext(r.window);
        if (r.gl != nullptr) {
            webgl_version = major == 3 ? 2 : 1;
            return "#version 100";
        }
    }
    return nullptr;
#else
    webgl_version = 0;
    r.gl = SDL_GL_CreateContext(r.window);
    return r.gl != nullptr ? "#version 130" : nullptr;
#endif
}

// ---------------------------------------------------------------------------
// [SECTION] Fonts at the screen's pixel density
// ---------------------------------------------------------------------------

// Also the text size and theme chosen in Settings: a browser zoom (the device pixel ratio
// changes) and a larger text size both rebuild the atlas, and the text size scales the
// spacing with it, so that bigger text never overflows fixed-size padding.
void update_fonts_for_density() {
    const float density = platform::device_pixel_ratio();
    AppState& state = g_runner.app->state();
    state.device_pixel_ratio = density;
    const DisplaySettings& d = state.display;
    const float scale = static_cast<float>(d.text_percent) / 100.0f;
    static DisplaySettings applied{0, false};
    if (applied.text_percent != d.text_percent || applied.high_contrast != d.high_contrast) {
        apply_theme(d.high_contrast ? k_high_contrast_palette : k_standard_palette, scale);
        applied = d;
    }
    Fonts& fonts = ui_fonts();
    if (fonts.density == density && fonts.scale == scale)
        return;
    const bool had_atlas = fonts.density != 0.0f;
    build_fonts(fonts, density, scale);
    if (had_atlas) {
        renderer_destroy_fonts_texture();
        renderer_create_fonts_texture();
    }
}

// ---------------------------------------------------------------------------
// [SECTION] Events
// ---------------------------------------------------------------------------

// Feeds this frame's events to ImGui. Dear ImGui 1.86 reads keys as "down this frame", so a
// key pressed and released between two frames would be lost: a key-up for a key that went
// down in this same frame is held back, with everything after it, to the next frame.
// Returns true when any event was handled.
bool pump_events(Runner& r) {
    std::vector<SDL_Event> events;
    events.swap(r.deferred);
    SDL_Event e;
    while (SDL_PollEvent(&e))
        events.push_back(e);

    std::unordered_set<int> pressed_this_frame;
    std::size_t i = 0;
    for (; i < events.size(); ++i) {
        const SDL_Event& ev = events[i];
        if (ev.type == SDL_KEYUP && pressed_this_frame.count(ev.key.keysym.scancode) != 0)
            break;
        if (ev.type == SDL_KEYDOWN)
            pressed_this_frame.insert(ev.key.keysym.scancode);
        ImGui_ImplSDL2_ProcessEvent(&ev);
        if (ev.type == SDL_QUIT)
            r.quit = true;
#ifndef __EMSCRIPTEN__
        if (ev.type == SDL_DROPFILE) {
            platform::open_path(ev.drop.file);
            SDL_free(ev.drop.file);
        }
#endif
    }
    r.deferred.assign(events.begin() + static_cast<std::ptrdiff_t>(i), events.end());
    return !events.empty();
}

// ---------------------------------------------------------------------------
// [SECTION] Frame
// ---------------------------------------------------------------------------

void frame_body(Runner& r) {
    const bool had_events = pump_events(r);
    const Uint32 now = SDL_GetTicks();
    // Input keeps frames coming for a moment (hover and click feedback need a few); a redraw
    // request (a file slice arrived, a job moved on) needs just this one frame.
    if (had_events || r.app->busy() || !r.deferred.empty())
        r.active_until = now + k_active_after_input_ms;
    const bool redraw = r.redraw_requested;
    r.redraw_requested = false;

    // A focused text field shows a blinking caret, so it keeps the frames coming.
    const bool typing = ImGui::GetIO().WantTextInput;
    if (SDL_TICKS_PASSED(now, r.active_until) && !typing && !redraw && r.announced_ready) {
#ifdef __EMSCRIPTEN__
        r.paused = true;
        emscripten_pause_main_loop();
#endif
        return;
    }

    if (r.app->importing() && !had_events && r.deferred.empty() && r.announced_ready &&
        !SDL_TICKS_PASSED(now, r.last_drawn + k_import_draw_interval_ms)) {
        r.app->work_between_frames();
        return;
    }
    r.last_drawn = now;

    update_fonts_for_density();
    const std::string pasted = platform::take_pasted_text();
    if (!pasted.empty())
        ImGui::GetIO().AddInputCharactersUTF8(pasted.c_str());

    if (!r.announced_ready)
        mark("first-frame");
    renderer_new_frame();
    ImGui_ImplSDL2_NewFrame();
    enter_presses_buttons();
    ImGui::NewFrame();
    r.app->frame();
    ImGui::Render();

    const ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    glClearColor(0.96f, 0.97f, 0.98f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    renderer_render(ImGui::GetDrawData());
    SDL_GL_SwapWindow(r.window);

    if (!r.announced_ready) {
        r.announced_ready = true;
#ifdef __EMSCRIPTEN__
        // The first frame is on screen once this callback returns: the page is ready.
        ca_js_ready();
        r.redraw_requested = true; // for the warm-up, below
#endif
        return;
    }
#ifdef __EMSCRIPTEN__
    // The importer is warmed up in the frame after the first, so that the page shows the app
    // without waiting for it (a few tenths of a second). An import begun before then (the
    // demo, a file) warms it up itself. The desktop build has no JIT to warm up.
    if (!r.warmed_up) {
        r.warmed_up = true;
        if (r.app->state().import.status == ImportStatus::None)
            r.app->warm_up_importer();
    }
#endif
}

void frame() {
    Runner& r = g_runner;
    r.in_frame = true;
    frame_body(r);
    r.in_frame = false;
}

void set_clipboard(void*, const char* text) {
    platform::set_clipboard_text(text);
}

#ifdef __EMSCRIPTEN__
// Browsers give clipboard contents only to a paste event (web/platform.js types it in), so
// ImGui's own Ctrl+V has nothing to read.
const char* get_clipboard(void*) {
    return "";
}
#endif

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Run
// ---------------------------------------------------------------------------

int run(App& app) {
    Runner& r = g_runner;
    r.app = &app;
    set_test_api_app(&app);
    set_accessible_view_app(&app);

    mark("app");
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        return startup_failed("could not start SDL",
                              "Case Audit could not start its window in this browser.");
    }
#ifndef __EMSCRIPTEN__
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
    r.window =
        SDL_CreateWindow("Case Audit", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1366, 768,
                         SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (r.window == nullptr) {
        return startup_failed("could not open its window",
                              "Case Audit could not start its window in this browser.");
    }
    mark("window");
    int webgl_version = 0;
    const char* glsl = create_gl_context(r, webgl_version);
    if (glsl == nullptr) {
        return startup_failed("could not create a WebGL/OpenGL context",
                              "WebGL is not available in this browser.");
    }
    app.state().webgl_version = webgl_version;
    SDL_GL_MakeCurrent(r.window, r.gl);
    SDL_GL_SetSwapInterval(1);

    mark("context");
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetCurrentContext()->TestEngineHookItems = true; // widget positions for the test API
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // no imgui.ini: nothing is written behind the user's back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ImGui_ImplSDL2_InitForOpenGL(r.window, r.gl);
    if (!renderer_init(glsl)) {
        return startup_failed("could not set up its renderer",
                              "Case Audit could not set up its drawing (WebGL) in this browser.");
    }
    io.SetClipboardTextFn = set_clipboard;
#ifdef __EMSCRIPTEN__
    io.GetClipboardTextFn = get_clipboard;
#endif
    update_fonts_for_density();
    platform::set_wake_hook(on_wake);
    mark("renderer");

#ifdef __EMSCRIPTEN__
    ca_js_install();
    // fps 0: driven by requestAnimationFrame; simulate_infinite_loop: main() does not return.
    emscripten_set_main_loop(frame, 0, 1);
#else
    while (!r.quit) {
        frame();
        if (SDL_TICKS_PASSED(SDL_GetTicks(), r.active_until) && !ImGui::GetIO().WantTextInput &&
            !r.redraw_requested && r.deferred.empty())
            SDL_WaitEventTimeout(nullptr, 1000); // idle: sleep until input (or a second)
    }
    renderer_shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(r.gl);
    SDL_DestroyWindow(r.window);
    SDL_Quit();
#endif
    return 0;
}

} // namespace ca::app
