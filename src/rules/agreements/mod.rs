//! The agreements a course needs: mentor support, the internship, an external supplier.

pub mod internship;
pub mod mentor;
pub mod supplier;
