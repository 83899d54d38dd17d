# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, Qt strictness and warnings.
# Every target of the project links it.
add_library(tsunagu_options INTERFACE)
add_library(Tsunagu::options ALIAS tsunagu_options)

target_compile_features(tsunagu_options INTERFACE cxx_std_23)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(tsunagu_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TSUNAGU_VERSION="${PROJECT_VERSION}"
    TSUNAGU_APP_ID="${TSUNAGU_APP_ID}")

target_compile_options(tsunagu_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    # -Wshadow=local is GCC's spelling; clang (the fuzz targets) has none.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wcast-qual -Wformat=2 -Wimplicit-fallthrough)

if(TSUNAGU_WERROR)
    target_compile_options(tsunagu_options INTERFACE -Werror)
endif()

if(TSUNAGU_SANITIZE)
    target_compile_options(tsunagu_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tsunagu_options INTERFACE -fsanitize=address,undefined)
    target_compile_definitions(tsunagu_options INTERFACE _GLIBCXX_ASSERTIONS)
endif()

find_program(TSUNAGU_CCACHE ccache)
if(TSUNAGU_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${TSUNAGU_CCACHE}")
endif()
