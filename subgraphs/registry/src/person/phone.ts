/** A mainland mobile number or a landline with its area code. */
export const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_MESSAGE = 'phone must be a mainland mobile number (11 digits starting with 1) or a landline such as 027-85551234';
