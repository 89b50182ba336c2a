# Checks the arrows between rooms (cmake -P): core never includes a Widgets or PrintSupport
# header nor links those modules, and no room includes from a room that is not below it.
#
#   -DSOURCE_DIR=<tree with core/ and app/gui/>
#   -DCORE_ROOMS=<file>  -DGUI_ROOMS=<file>   lines "room:room below,room below"
#   -DCORE_LINKS=<file>  what laatu_core links (written at configure time)
#   -DFORBIDDEN_QT_DIRS=<dir|dir>  the QtWidgets and QtPrintSupport include folders
#
# Prints one line per violation and fails when there is any.
cmake_minimum_required(VERSION 3.25)

set(violations "")

# Reads "room:below,below" lines into room_<name> variables (the rooms directly below) and
# returns the room names.
function(read_rooms file prefix out)
    file(STRINGS ${file} lines)
    set(names "")
    foreach(line IN LISTS lines)
        if(line MATCHES "^([a-z0-9_]+):(.*)$")
            list(APPEND names ${CMAKE_MATCH_1})
            string(REPLACE "," ";" below "${CMAKE_MATCH_2}")
            set(${prefix}_${CMAKE_MATCH_1} "${below}" PARENT_SCOPE)
        endif()
    endforeach()
    set(${out} ${names} PARENT_SCOPE)
endfunction()

# Every room reachable downwards from `room` (the closure of the arrows).
function(rooms_below prefix room out)
    set(pending ${${prefix}_${room}})
    set(seen "")
    while(pending)
        list(POP_FRONT pending next)
        if(NOT next IN_LIST seen)
            list(APPEND seen ${next})
            list(APPEND pending ${${prefix}_${next}})
        endif()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Checks every quoted include of the files in <dir>/<room> against the rooms below it.
# `pattern` picks the included room out of the include path.
function(check_rooms prefix dir pattern)
    read_rooms(${ARGN} ${prefix} rooms)
    foreach(room IN LISTS rooms)
        rooms_below(${prefix} ${room} below)
        file(GLOB_RECURSE files ${SOURCE_DIR}/${dir}/${room}/*.h ${SOURCE_DIR}/${dir}/${room}/*.cpp)
        foreach(file IN LISTS files)
            file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
            file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
            foreach(include IN LISTS includes)
                if(include MATCHES "\"${pattern}" AND CMAKE_MATCH_1 IN_LIST rooms)
                    set(target ${CMAKE_MATCH_1})
                    if(NOT target STREQUAL room AND NOT target IN_LIST below)
                        list(APPEND violations
                            "${shown}: room '${room}' includes from room '${target}', which is not below it")
                    endif()
                endif()
                if(dir STREQUAL "core" AND include MATCHES "\"gui/")
                    list(APPEND violations "${shown}: core includes the desktop application")
                endif()
            endforeach()
        endforeach()
    endforeach()
    set(violations ${violations} PARENT_SCOPE)
endfunction()

check_rooms(core core "([a-z0-9]+)/" ${CORE_ROOMS})
check_rooms(gui app/gui "gui/([a-z0-9]+)/" ${GUI_ROOMS})

# Core and Widgets: no header of QtWidgets or QtPrintSupport, in any spelling.
set(forbidden_headers "")
string(REPLACE "|" ";" forbidden_qt_dirs "${FORBIDDEN_QT_DIRS}")
foreach(qt_dir IN LISTS forbidden_qt_dirs)
    file(GLOB headers RELATIVE ${qt_dir} ${qt_dir}/Q*)
    list(APPEND forbidden_headers ${headers})
endforeach()
if(NOT forbidden_headers)
    list(APPEND violations "no QtWidgets headers found in '${FORBIDDEN_QT_DIRS}': cannot check core")
endif()
file(GLOB_RECURSE core_files ${SOURCE_DIR}/core/*.h ${SOURCE_DIR}/core/*.cpp)
foreach(file IN LISTS core_files)
    file(STRINGS ${file} includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
    file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
    foreach(include IN LISTS includes)
        if(include MATCHES "<(QtWidgets|QtPrintSupport)[/>]")
            list(APPEND violations "${shown}: core includes ${CMAKE_MATCH_1}")
        elseif(include MATCHES "<([A-Za-z0-9_]+)(\\.h)?>" AND CMAKE_MATCH_1 IN_LIST forbidden_headers)
            list(APPEND violations "${shown}: core includes ${CMAKE_MATCH_1}, a Widgets or PrintSupport header")
        endif()
    endforeach()
endforeach()
if(CORE_LINKS)
    file(READ ${CORE_LINKS} links)
    string(STRIP "${links}" links)
    string(REPLACE ";" ", " links "${links}")
    if(links MATCHES "(Widgets|PrintSupport)")
        list(APPEND violations "laatu_core links Qt ${CMAKE_MATCH_1}: ${links}")
    endif()
endif()

if(violations)
    list(LENGTH violations count)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "${count} architecture violation(s):\n${text}")
endif()
message(STATUS "Architecture: the arrows between rooms hold")
