//! How gas grows with the protocol's size: holders of the heavy LST, operators, active
//! provers.

pub mod addresses;
pub mod batch;
pub mod holders;
pub mod operators;
pub mod provers;
pub mod validators;
