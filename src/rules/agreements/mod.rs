//! The agreements a course needs: mentor support, the internship, an external supplier.

#[macro_use]
pub mod internship;
#[macro_use]
pub mod mentor;
#[macro_use]
pub mod supplier;
