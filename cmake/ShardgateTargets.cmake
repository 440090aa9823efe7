# Common settings for every Shardgate target.
function(sg_configure_target target)
  target_compile_definitions(${target} PRIVATE
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_FOREACH
    SG_VERSION="${PROJECT_VERSION}")
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
  if(SG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(SG_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# sg_add_module(<name> SOURCES ... [DEPENDS sg_x ...] [QT Core Network ...])
# One static library per core/ folder; the umbrella target shardgate_core links them all.
function(sg_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;QT" ${ARGN})
  add_library(sg_${name} STATIC ${ARG_SOURCES})
  sg_configure_target(sg_${name})
  target_include_directories(sg_${name} PUBLIC ${PROJECT_SOURCE_DIR}/core)
  set(qtlibs Qt6::Core)
  foreach(q IN LISTS ARG_QT)
    list(APPEND qtlibs Qt6::${q})
  endforeach()
  target_link_libraries(sg_${name} PUBLIC ${qtlibs} ${ARG_DEPENDS})
  set_property(GLOBAL APPEND PROPERTY SG_CORE_MODULES sg_${name})
endfunction()

# sg_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...] [TIMEOUT s])
# A QtTest executable run offscreen with test-mode standard paths.
function(sg_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  sg_configure_target(${name})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
  target_link_libraries(${name} PRIVATE Qt6::Test sg_testsupport ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    SG_VECTORS_DIR="${SG_VECTORS_DIR}"
    SG_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    SG_BINARY_DIR="${PROJECT_BINARY_DIR}")
  if(TARGET shardgate-cli)
    target_compile_definitions(${name} PRIVATE SG_CLI_PATH="$<TARGET_FILE:shardgate-cli>")
    add_dependencies(${name} shardgate-cli)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  # QTEST_DISABLE_STACK_DUMP: a test that crashes fails at once with its signal, instead
  # of QtTest attaching a debugger for a stack trace (which hung until the timeout once in
  # a fresh-clone run, turning a crash at exit into a 180 s timeout).
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    LABELS "${ARG_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SHARDGATE_HOME=;LC_ALL=C.UTF-8;QTEST_DISABLE_STACK_DUMP=1")
endfunction()
