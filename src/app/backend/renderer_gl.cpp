// Case Audit - the app's own Dear ImGui renderer (see renderer_gl.h for why it exists).
//
// Per frame: every draw list's vertices and indices are copied into one vertex and one index
// buffer (two uploads a frame), the pipeline state is set outright, and each draw command is
// one glScissor + glDrawElements. Nothing calls glGet* after renderer_init(): the only state
// the renderer tracks (bound texture, vertex base) is its own bookkeeping of what it set.
//
// Index of this file:
// [SECTION] Includes and state
// [SECTION] Shaders
// [SECTION] Init and shutdown
// [SECTION] Font texture
// [SECTION] Render

// ---------------------------------------------------------------------------
// [SECTION] Includes and state
// ---------------------------------------------------------------------------
#include "app/backend/renderer_gl.h"

#include <imgui.h>

#ifdef __EMSCRIPTEN__
#include <GLES2/gl2.h>
#include <GLES2/gl2ext.h>
#else
// Desktop: prototypes of the OpenGL 3.0 entry points (shaders, vertex arrays), from libGL.
#define GL_GLEXT_PROTOTYPES
#include <SDL_opengl.h>
#endif

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

namespace ca::app {
namespace {

// WebGL 1 has no 32-bit indices without an extension; ImGui's default 16-bit indices with
// per-command vertex offsets (RendererHasVtxOffset) cover any number of vertices.
static_assert(sizeof(ImDrawIdx) == 2 || sizeof(ImDrawIdx) == 4, "ImDrawIdx is 16 or 32 bits");
constexpr GLenum k_index_type = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;

// Attribute locations, bound before linking so that they need not be queried.
constexpr GLuint k_attr_position = 0;
constexpr GLuint k_attr_uv = 1;
constexpr GLuint k_attr_colour = 2;

struct Renderer {
    bool glsl_es = true; // GLSL ES 1.00 (WebGL) rather than GLSL 1.30 (desktop)
    GLuint program = 0;
    GLint u_projection = -1;
    GLint u_texture = -1;
    GLuint vertex_buffer = 0;
    GLuint index_buffer = 0;
    GLuint vertex_array = 0; // desktop core profiles need one; WebGL 1 has none
    GLuint font_texture = 0;
    // This frame's vertices and indices of all draw lists, back to back, for one upload each.
    std::vector<ImDrawVert> vertices;
    std::vector<ImDrawIdx> indices;
};
Renderer g_renderer;

GLuint gl_texture(ImTextureID id) {
    return static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(id));
}

ImTextureID imgui_texture(GLuint texture) {
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture));
}

const void* buffer_offset(std::size_t bytes) {
    return reinterpret_cast<const void*>(static_cast<std::uintptr_t>(bytes));
}

// ---------------------------------------------------------------------------
// [SECTION] Shaders
// ---------------------------------------------------------------------------

// The two dialects differ only in keywords; the maths is the same: position through the
// orthographic projection, colour = vertex colour x texture (the font atlas is white with
// coverage in alpha, and ImGui's solid shapes sample its one white texel).
constexpr const char* k_vertex_es = R"(
uniform mat4 u_projection;
attribute vec2 a_position;
attribute vec2 a_uv;
attribute vec4 a_colour;
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
}
)";

// highp where available: texture coordinates into a large atlas (high pixel densities) lose
// texels at mediump.
constexpr const char* k_fragment_es = R"(
#ifdef GL_FRAGMENT_PRECISION_HIGH
precision highp float;
#else
precision mediump float;
#endif
uniform sampler2D u_texture;
varying vec2 v_uv;
varying vec4 v_colour;
void main() {
    gl_FragColor = v_colour * texture2D(u_texture, v_uv);
}
)";

constexpr const char* k_vertex_desktop = R"(
uniform mat4 u_projection;
in vec2 a_position;
in vec2 a_uv;
in vec4 a_colour;
out vec2 v_uv;
out vec4 v_colour;
void main() {
    v_uv = a_uv;
    v_colour = a_colour;
    gl_Position = u_projection * vec4(a_position, 0.0, 1.0);
}
)";

constexpr const char* k_fragment_desktop = R"(
uniform sampler2D u_texture;
in vec2 v_uv;
in vec4 v_colour;
out vec4 o_colour;
void main() {
    o_colour = v_colour * texture(u_texture, v_uv);
}
)";

// Nothing waits for the compiler until the link: in WebGL every status query is a round trip
// to the GPU process that blocks the page until the GPU process gets to it (tens of
// milliseconds each at start-up on a busy machine), so only the link status is asked, and
// each shader's own status and log only when the link failed.
GLuint compile_shader(GLenum type, const char* version_line, const char* body) {
    const GLuint shader = glCreateShader(type);
    const char* parts[] = {version_line, "\n", body};
    glShaderSource(shader, 3, parts, nullptr);
    glCompileShader(shader);
    return shader;
}

// After a failed link: says which shader did not compile, and why.
void report_shader(GLuint shader, const char* what, const char* version_line) {
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (ok == GL_TRUE)
        return;
    char log[1024] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    std::fprintf(stderr, "Case Audit: the %s shader did not compile (%s): %s\n", what, version_line,
                 log);
}

GLuint link_program(const char* version_line, bool glsl_es) {
    const GLuint vs =
        compile_shader(GL_VERTEX_SHADER, version_line, glsl_es ? k_vertex_es : k_vertex_desktop);
    const GLuint fs = compile_shader(GL_FRAGMENT_SHADER, version_line,
                                     glsl_es ? k_fragment_es : k_fragment_desktop);
    const GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    glBindAttribLocation(program, k_attr_position, "a_position");
    glBindAttribLocation(program, k_attr_uv, "a_uv");
    glBindAttribLocation(program, k_attr_colour, "a_colour");
    glLinkProgram(program);
    GLint ok = GL_FALSE;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (ok != GL_TRUE) {
        report_shader(vs, "vertex", version_line);
        report_shader(fs, "fragment", version_line);
        char log[1024] = {};
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        std::fprintf(stderr, "Case Audit: the shader program did not link: %s\n", log);
    }
    // Once linked the program keeps the compiled code; the shader objects can go.
    glDetachShader(program, vs);
    glDetachShader(program, fs);
    glDeleteShader(vs);
    glDeleteShader(fs);
    if (ok != GL_TRUE) {
        glDeleteProgram(program);
        return 0;
    }
    return program;
}

} // namespace

// ---------------------------------------------------------------------------
// [SECTION] Init and shutdown
// ---------------------------------------------------------------------------

bool renderer_init(const char* glsl_version_line) {
    Renderer& r = g_renderer;
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = "case_audit_gl";
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;

    // "#version 100" and "#version 300 es" are GLSL ES; "#version 130" and up are desktop.
    r.glsl_es = std::strcmp(glsl_version_line, "#version 100") == 0 ||
                std::strstr(glsl_version_line, " es") != nullptr;
    r.program = link_program(glsl_version_line, r.glsl_es);
    if (r.program == 0)
        return false;
    r.u_projection = glGetUniformLocation(r.program, "u_projection");
    r.u_texture = glGetUniformLocation(r.program, "u_texture");
    glGenBuffers(1, &r.vertex_buffer);
    glGenBuffers(1, &r.index_buffer);
#ifndef __EMSCRIPTEN__
    glGenVertexArrays(1, &r.vertex_array);
#endif
    return true;
}

void renderer_shutdown() {
    Renderer& r = g_renderer;
    renderer_destroy_fonts_texture();
#ifndef __EMSCRIPTEN__
    if (r.vertex_array != 0)
        glDeleteVertexArrays(1, &r.vertex_array);
#endif
    if (r.vertex_buffer != 0)
        glDeleteBuffers(1, &r.vertex_buffer);
    if (r.index_buffer != 0)
        glDeleteBuffers(1, &r.index_buffer);
    if (r.program != 0)
        glDeleteProgram(r.program);
    r = Renderer{};
    ImGuiIO& io = ImGui::GetIO();
    io.BackendRendererName = nullptr;
    io.BackendFlags &= ~ImGuiBackendFlags_RendererHasVtxOffset;
}

// ---------------------------------------------------------------------------
// [SECTION] Font texture
// ---------------------------------------------------------------------------

bool renderer_create_fonts_texture() {
    Renderer& r = g_renderer;
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    if (pixels == nullptr || width <= 0 || height <= 0)
        return false;
    if (r.font_texture == 0)
        glGenTextures(1, &r.font_texture);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, r.font_texture);
    // Linear like ImGui's own backends (text is drawn at whole pixels, so it stays sharp);
    // clamped and without mipmaps, which WebGL 1 requires of a texture whose height is not
    // a power of two.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4); // RGBA rows: always a multiple of 4 bytes
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(imgui_texture(r.font_texture));
    return true;
}

void renderer_destroy_fonts_texture() {
    Renderer& r = g_renderer;
    if (r.font_texture == 0)
        return;
    glDeleteTextures(1, &r.font_texture);
    r.font_texture = 0;
    ImGui::GetIO().Fonts->SetTexID(ImTextureID{});
}

void renderer_new_frame() {
    if (g_renderer.font_texture == 0)
        renderer_create_fonts_texture();
}

// ---------------------------------------------------------------------------
// [SECTION] Render
// ---------------------------------------------------------------------------

namespace {

// Points the three attributes at the vertex with index `base` in the vertex buffer. WebGL has
// no base-vertex draws, so a command's VtxOffset (and each draw list's place in the shared
// buffer) is applied here, by moving the attribute pointers.
void point_attributes(std::size_t base) {
    constexpr GLsizei stride = sizeof(ImDrawVert);
    const std::size_t start = base * sizeof(ImDrawVert);
    glVertexAttribPointer(k_attr_position, 2, GL_FLOAT, GL_FALSE, stride,
                          buffer_offset(start + offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(k_attr_uv, 2, GL_FLOAT, GL_FALSE, stride,
                          buffer_offset(start + offsetof(ImDrawVert, uv)));
    // Colours are bytes RGBA, normalised to 0..1.
    glVertexAttribPointer(k_attr_colour, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride,
                          buffer_offset(start + offsetof(ImDrawVert, col)));
}

// Sets every piece of state the renderer depends on. Setting is cheap (the browser queues it);
// reading back is what costs, so nothing is read.
void set_render_state(const ImDrawData& dd, int fb_width, int fb_height) {
    const Renderer& r = g_renderer;
    glViewport(0, 0, fb_width, fb_height);
    // ImGui's colours are straight (not premultiplied) alpha. Destination alpha: ONE,
    // ONE_MINUS_SRC_ALPHA keeps the cleared, opaque canvas opaque.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
#ifndef __EMSCRIPTEN__
    glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
#endif

    // Orthographic projection of ImGui's coordinates (DisplayPos at the top left) onto clip
    // space, y downwards; column-major as GL expects.
    const float left = dd.DisplayPos.x;
    const float right = dd.DisplayPos.x + dd.DisplaySize.x;
    const float top = dd.DisplayPos.y;
    const float bottom = dd.DisplayPos.y + dd.DisplaySize.y;
    // clang-format off
    const float projection[16] = {
        2.0f / (right - left),           0.0f,                            0.0f,  0.0f,
        0.0f,                            2.0f / (top - bottom),           0.0f,  0.0f,
        0.0f,                            0.0f,                           -1.0f,  0.0f,
        (right + left) / (left - right), (top + bottom) / (bottom - top), 0.0f,  1.0f,
    };
    // clang-format on
    glUseProgram(r.program);
    glUniformMatrix4fv(r.u_projection, 1, GL_FALSE, projection);
    glUniform1i(r.u_texture, 0);
    glActiveTexture(GL_TEXTURE0);

#ifndef __EMSCRIPTEN__
    glBindVertexArray(r.vertex_array);
#endif
    glBindBuffer(GL_ARRAY_BUFFER, r.vertex_buffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, r.index_buffer);
    glEnableVertexAttribArray(k_attr_position);
    glEnableVertexAttribArray(k_attr_uv);
    glEnableVertexAttribArray(k_attr_colour);
}

} // namespace

void renderer_render(ImDrawData* draw_data) {
    Renderer& r = g_renderer;
    if (draw_data == nullptr || r.program == 0)
        return;
    const ImDrawData& dd = *draw_data;
    // Framebuffer size in pixels; nothing to draw into while minimised.
    const int fb_width = static_cast<int>(dd.DisplaySize.x * dd.FramebufferScale.x);
    const int fb_height = static_cast<int>(dd.DisplaySize.y * dd.FramebufferScale.y);
    if (fb_width <= 0 || fb_height <= 0 || dd.TotalVtxCount <= 0)
        return;

    // All lists into one vertex and one index buffer: two uploads a frame rather than two per
    // window. Indices stay relative to their list (and command VtxOffset): the attribute
    // pointers move instead, so 16-bit indices suffice.
    r.vertices.clear();
    r.indices.clear();
    r.vertices.reserve(static_cast<std::size_t>(dd.TotalVtxCount));
    r.indices.reserve(static_cast<std::size_t>(dd.TotalIdxCount));
    for (int n = 0; n < dd.CmdListsCount; ++n) {
        const ImDrawList& list = *dd.CmdLists[n];
        r.vertices.insert(r.vertices.end(), list.VtxBuffer.begin(), list.VtxBuffer.end());
        r.indices.insert(r.indices.end(), list.IdxBuffer.begin(), list.IdxBuffer.end());
    }

    set_render_state(dd, fb_width, fb_height);
    // A fresh glBufferData each frame lets the driver hand over new storage rather than wait
    // for the previous frame's draws to finish with the old.
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(r.vertices.size() * sizeof(ImDrawVert)),
                 r.vertices.data(), GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(r.indices.size() * sizeof(ImDrawIdx)), r.indices.data(),
                 GL_STREAM_DRAW);

    const ImVec2 clip_origin = dd.DisplayPos;
    const ImVec2 clip_scale = dd.FramebufferScale;
    // What this function last set, so that unchanged state is not set again. Not GL state
    // read back: forgotten whenever a user callback may have changed things.
    GLuint bound_texture = 0;
    bool texture_known = false;
    std::size_t pointed_base = 0;
    bool attributes_known = false;

    std::size_t list_vtx_base = 0; // this list's first vertex in the shared buffer
    std::size_t list_idx_base = 0; // and its first index
    for (int n = 0; n < dd.CmdListsCount; ++n) {
        const ImDrawList& list = *dd.CmdLists[n];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback != nullptr) {
                if (cmd.UserCallback == ImDrawCallback_ResetRenderState)
                    set_render_state(dd, fb_width, fb_height);
                else
                    cmd.UserCallback(&list, &cmd);
                texture_known = false;
                attributes_known = false;
                continue;
            }
            // The clip rectangle in framebuffer pixels, cut to the framebuffer.
            float min_x = (cmd.ClipRect.x - clip_origin.x) * clip_scale.x;
            float min_y = (cmd.ClipRect.y - clip_origin.y) * clip_scale.y;
            float max_x = (cmd.ClipRect.z - clip_origin.x) * clip_scale.x;
            float max_y = (cmd.ClipRect.w - clip_origin.y) * clip_scale.y;
            min_x = min_x < 0.0f ? 0.0f : min_x;
            min_y = min_y < 0.0f ? 0.0f : min_y;
            max_x = max_x > static_cast<float>(fb_width) ? static_cast<float>(fb_width) : max_x;
            max_y = max_y > static_cast<float>(fb_height) ? static_cast<float>(fb_height) : max_y;
            if (max_x <= min_x || max_y <= min_y || cmd.ElemCount == 0)
                continue;
            // GL's scissor origin is the bottom left: flip y.
            glScissor(static_cast<GLint>(min_x),
                      static_cast<GLint>(static_cast<float>(fb_height) - max_y),
                      static_cast<GLsizei>(max_x - min_x), static_cast<GLsizei>(max_y - min_y));

            const GLuint texture = gl_texture(cmd.GetTexID());
            if (!texture_known || texture != bound_texture) {
                glBindTexture(GL_TEXTURE_2D, texture);
                bound_texture = texture;
                texture_known = true;
            }
            const std::size_t base = list_vtx_base + cmd.VtxOffset;
            if (!attributes_known || base != pointed_base) {
                point_attributes(base);
                pointed_base = base;
                attributes_known = true;
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), k_index_type,
                           buffer_offset((list_idx_base + cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
        list_vtx_base += static_cast<std::size_t>(list.VtxBuffer.Size);
        list_idx_base += static_cast<std::size_t>(list.IdxBuffer.Size);
    }
}

} // namespace ca::app
