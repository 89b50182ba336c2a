#pragma once
// A test fixture.
