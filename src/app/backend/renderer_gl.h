// Case Audit - the app's own Dear ImGui renderer for WebGL 1 and 2 (GLSL ES 1.00) and desktop
// OpenGL 3 (GLSL 1.30).
//
// Why not ImGui's OpenGL3 backend: it saves and restores the whole GL state around every
// draw (a dozen glGetIntegerv per frame). In the browser each of those is a WebGL
// getParameter, a synchronous round trip to the GPU process, and with software WebGL
// (SwiftShader, as on laptops without a usable GPU) they were most of the drawing time. The
// app owns its GL context and draws nothing but ImGui, so there is no state to keep: this
// renderer sets everything it needs each frame and never reads GL state back in the frame.
#pragma once

struct ImDrawData;

namespace ca::app {

// Compiles the shaders and makes the buffers; glsl_version_line is "#version 100" (WebGL 1
// and 2) or "#version 130" (desktop OpenGL 3). Needs a current GL context. Returns false
// (and prints why to stderr) when the shaders do not compile or link.
bool renderer_init(const char* glsl_version_line);
void renderer_shutdown();

// The font atlas texture, from ImGui's io.Fonts; recreate it after rebuilding the fonts.
bool renderer_create_fonts_texture();
void renderer_destroy_fonts_texture();

// Before ImGui::NewFrame(): makes the font texture when there is none yet.
void renderer_new_frame();

// Draws one frame of ImGui::GetDrawData() into the current framebuffer.
void renderer_render(ImDrawData* draw_data);

} // namespace ca::app
